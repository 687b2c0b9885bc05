# Thin wrapper around meson so the README's two commands do everything:
#   make run    install what is missing, build, and open Puente
#   make test   install what is missing, build, and run every test suite
BUILDDIR ?= _build
MESON_ARGS ?=
PREFIX ?= /usr/local

.PHONY: all deps build run test test-nogui install clean

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
	meson test -C $(BUILDDIR) --print-errorlogs --no-suite gui --logbase nogui
	@if [ -n "$$DISPLAY" ] || [ -n "$$WAYLAND_DISPLAY" ]; then \
	  meson test -C $(BUILDDIR) --print-errorlogs --suite gui --logbase gui; \
	else \
	  xvfb-run -a -s "-screen 0 1920x1080x24" dbus-run-session -- \
	    meson test -C $(BUILDDIR) --print-errorlogs --suite gui --logbase gui; \
	fi

# Every suite that needs no display (used by the sanitizer pass in CI).
test-nogui: build
	meson test -C $(BUILDDIR) --print-errorlogs --no-suite gui --logbase nogui

install: build
	meson install -C $(BUILDDIR)

clean:
	rm -rf $(BUILDDIR)
