"""Guards against a Qt-bindings release known to crash the app."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QObject, Signal


class _Emitter(QObject):
    changed = Signal(object)


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="True is immortal from Python 3.12")
def test_emitting_a_signal_does_not_free_python_booleans(qtbot: object) -> None:
    # PySide6 6.12.0 dropped a reference to True on every emit; after enough signals
    # the interpreter aborts ("bool_dealloc") when the app quits.
    emitter = _Emitter()
    before = sys.getrefcount(True)
    for _ in range(100):
        emitter.changed.emit(1)
    assert sys.getrefcount(True) - before > -50
