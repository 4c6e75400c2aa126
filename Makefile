# Builds and installs ogcard so that it runs from any folder:
#
#   make install PREFIX=$HOME/.local     # or /usr/local (the default), with sudo
#   make uninstall PREFIX=$HOME/.local
#
# Layout under PREFIX (ResourceLocator looks for share/ogcard beside the binary's bin/):
#   bin/ogcard
#   share/ogcard/Fonts/… (the bundled fonts), share/ogcard/Assets/… (layouts)
#   share/bash-completion/completions/ogcard
#   share/zsh/site-functions/_ogcard
#   share/fish/vendor_completions.d/ogcard.fish
# DESTDIR is honoured for packaging. The binary links the Swift runtime statically, so it
# does not depend on where the toolchain is; Cairo, Pango and friends come from the system.

PREFIX ?= /usr/local
DESTDIR ?=
SWIFT ?= swift
SWIFT_BUILD_FLAGS ?= -c release --static-swift-stdlib

bindir := $(DESTDIR)$(PREFIX)/bin
resourcedir := $(DESTDIR)$(PREFIX)/share/ogcard
bashdir := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
zshdir := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
fishdir := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

.PHONY: all build install uninstall test

all: build

build:
	$(SWIFT) build $(SWIFT_BUILD_FLAGS) --product ogcard

install: build
	@binpath="$$($(SWIFT) build $(SWIFT_BUILD_FLAGS) --show-bin-path)"; \
	set -e; \
	install -d "$(bindir)" "$(resourcedir)/Fonts" "$(resourcedir)/Assets" "$(bashdir)" "$(zshdir)" "$(fishdir)"; \
	install -m 755 "$$binpath/ogcard" "$(bindir)/ogcard"; \
	install -m 644 Fonts/*.ttf Fonts/*.otf Fonts/LICENSE-*.txt "$(resourcedir)/Fonts/"; \
	cp -R Assets/. "$(resourcedir)/Assets/"; \
	"$$binpath/ogcard" --generate-completion-script bash > "$(bashdir)/ogcard"; \
	"$$binpath/ogcard" --generate-completion-script zsh > "$(zshdir)/_ogcard"; \
	"$$binpath/ogcard" --generate-completion-script fish > "$(fishdir)/ogcard.fish"; \
	echo "installed $(bindir)/ogcard ($$("$(bindir)/ogcard" --version))"

uninstall:
	rm -f "$(bindir)/ogcard" "$(bashdir)/ogcard" "$(zshdir)/_ogcard" "$(fishdir)/ogcard.fish"
	rm -rf "$(resourcedir)"

test:
	scripts/test
