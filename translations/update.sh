#!/usr/bin/env bash
# Re-extract every tr() string of the GUI into the .ts files (keeping the translations
# already made), then compile the .qm files the application loads at run time.
# Run from anywhere; needs pyside6-lupdate / pyside6-lrelease (installed with PySide6).
set -euo pipefail
cd "$(dirname "$0")/.."
sources=(govledger/ui/*.py)
for lang in zh_CN en; do
    pyside6-lupdate -no-obsolete -source-language en -target-language "$lang" \
        "${sources[@]}" -ts "translations/govledger_${lang}.ts"
done
for lang in zh_CN en; do
    pyside6-lrelease "translations/govledger_${lang}.ts" -qm "translations/govledger_${lang}.qm"
done
# Qt's own strings for the dialogs govledger shows (see make_qt_extra.py), for
# installations whose PySide6 has no qtbase_zh_CN.qm.
pyside6-lrelease translations/qt_extra_zh_CN.ts -qm translations/qt_extra_zh_CN.qm
