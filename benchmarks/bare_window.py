"""The floor for start-up: a bare PySide6 main window, timed to its first paint."""

import sys
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class Window(QMainWindow):
    painted = False

    def paintEvent(self, event: object) -> None:  # type: ignore[override]
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self.painted:
            self.painted = True
            # Wall clock, then this process's CPU seconds (as the app's stamps).
            print(f"painted {time.time():.6f} {time.process_time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)


app = QApplication(sys.argv)
window = Window()
window.setCentralWidget(QLabel("Social Desk"))
window.resize(1280, 760)
window.show()
app.exec()
