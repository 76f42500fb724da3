# Shortcuts for ./dev, which does the work (and needs no make on a fresh machine).
.PHONY: run test setup bench dist dist-onefile lupdate clean
run:
	./dev run
test:
	./dev test
setup:
	./dev setup
bench:
	./dev bench
dist:
	./dev dist
dist-onefile:
	./dev dist --onefile
lupdate:
	./dev lupdate
clean:
	rm -rf build dist resources/i18n/*.qm
