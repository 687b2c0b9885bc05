# Thin wrapper around meson so the README's two commands do everything:
#   make run    install what is missing, build, and open Puente
#   make test   install what is missing, build, and run every test suite
BUILDDIR ?= _build
MESON_ARGS ?=
# Extra `meson test` options, e.g. TEST_ARGS="--timeout-multiplier 4".
TEST_ARGS ?=
PREFIX ?= /usr/local

.PHONY: all deps build run test test-nogui test-tsan install clean

all: build

deps:
	@./tools/install-deps

$(BUILDDIR)/build.ninja: | deps
	meson setup $(BUILDDIR) --prefix=$(PREFIX) $(MESON_ARGS)

build: deps $(BUILDDIR)/build.ninja
	meson compile -C $(BUILDDIR)

# Run from the build tree, puente finds the schema and catalogues built
# there: nothing needs installing.
run: build
	$(BUILDDIR)/src/app/puente $(ARGS)

# The gui suite needs a display: under xvfb-run when there is none.
test: build
	meson test -C $(BUILDDIR) --print-errorlogs $(TEST_ARGS) --no-suite gui --logbase nogui
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  meson test -C $(BUILDDIR) --print-errorlogs $(TEST_ARGS) --suite gui --logbase gui; \
	else \
	  xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
	    meson test -C $(BUILDDIR) --print-errorlogs $(TEST_ARGS) --suite gui --logbase gui; \
	fi

# Every suite that needs no display (used by the sanitizer pass in CI).
test-nogui: build
	meson test -C $(BUILDDIR) --print-errorlogs $(TEST_ARGS) --no-suite gui --logbase nogui

# The tests of the threaded code (suite "threads": translations from many
# threads, ensembles, tile rendering, the map, the 60 s language cycle,
# here 20 s) under ThreadSanitizer, in a build tree of their own.
# tests/tsan.supp lists what is suppressed in the libraries and why.
TSAN_BUILDDIR ?= _build-tsan
test-tsan: deps
	@[ -f $(TSAN_BUILDDIR)/build.ninja ] || \
	  meson setup $(TSAN_BUILDDIR) -Db_sanitize=thread -Dbuildtype=debug $(MESON_ARGS)
	meson compile -C $(TSAN_BUILDDIR)
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  PUENTE_CYCLE_SECONDS=20 meson test -C $(TSAN_BUILDDIR) --print-errorlogs --suite threads \
	    --timeout-multiplier 4 --logbase threads; \
	else \
	  PUENTE_CYCLE_SECONDS=20 xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
	    meson test -C $(TSAN_BUILDDIR) --print-errorlogs --suite threads \
	    --timeout-multiplier 4 --logbase threads; \
	fi

install: build
	meson install -C $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR)
