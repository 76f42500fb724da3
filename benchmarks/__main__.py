"""``python -m benchmarks`` (or ``make bench``): every benchmark, one table each.

``--dist`` adds the packaged-app figures (builds it first: several minutes).
"""

from __future__ import annotations

import sys

from benchmarks import bench_imports, bench_startup, bench_strategy


def main(argv: list[str]) -> int:
    bench_startup.print_table("Start-up and demo data", bench_startup.run())
    bench_startup.print_table("Strategy tab, large demo database", bench_strategy.run())
    bench_startup.print_table("Imports (1,000,000-row CSV, 100,000-row XLSX)", bench_imports.run())
    if "--dist" in argv:
        from benchmarks import bench_dist

        bench_startup.print_table("Packaged app", bench_dist.run())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
