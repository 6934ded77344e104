"""Spare PySide6's import hook from reading the source of every module.

Once PySide6 is loaded, each module imported afterwards is passed to
``shibokensupport.feature``, which reads the module's whole source with
``inspect.getsource`` (and keeps it in ``linecache``) to learn whether it mentions
"PySide6", so that ``from __feature__ import snake_case`` can be confined to such
modules. The answer goes into ``pyside_feature_dict``; a module already there is
never read. At start-up that is about 80 modules and some 10 ms.

govledger never uses ``__feature__``, so for it the answer changes nothing: a
module either keeps the default features (0) or is ignored (-1), and the default
features are the only ones in use. Answering in advance for the modules the window
loads is therefore safe. If a PySide6 release renames the hook's table, nothing is
registered and imports are just slower.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable

USES_PYSIDE, IGNORED = 0, -1  # the hook's own two answers


def _feature_table() -> dict | None:
    import PySide6.QtCore  # noqa: F401  (loads the hook and its table)

    for name in ("shibokensupport.feature", "PySide6.support.feature"):
        table = getattr(sys.modules.get(name), "pyside_feature_dict", None)
        if isinstance(table, dict):
            return table
    return None


def _module_names_in(package_name: str, folders: list[str]) -> Iterable[str]:
    """The package's modules and subpackages, loaded or not, read from its folders."""
    if folders and all(os.path.isdir(folder) for folder in folders):
        found = []
        for folder in folders:
            with os.scandir(folder) as entries:
                for entry in entries:
                    stem, dot, suffix = entry.name.partition(".")
                    if stem.startswith("__"):
                        continue
                    if suffix == "py" or (not dot and entry.is_dir()):
                        found.append((stem, entry.is_dir()))
    else:  # a frozen build: the modules live in its archive, which pkgutil can list
        import pkgutil

        found = [(module.name, module.ispkg) for module in pkgutil.iter_modules(folders)]
    for name, is_package in found:
        yield f"{package_name}.{name}"
        if is_package:
            yield from _module_names_in(
                f"{package_name}.{name}", [os.path.join(folder, name) for folder in folders]
            )


def register_known_modules() -> int:
    """Answer the hook in advance; returns how many modules were registered.

    The standard library never uses PySide6. govledger's modules, loaded or not, are
    given the default features whether or not they import Qt, which is what the hook
    would have concluded for every one that does.
    """
    table = _feature_table()
    if table is None:
        return 0
    before = len(table)
    for name in sys.stdlib_module_names:
        table.setdefault(name, IGNORED)
    for name in list(sys.modules):
        if name.partition(".")[0] in sys.stdlib_module_names:
            table.setdefault(name, IGNORED)
    table.setdefault("govledger", USES_PYSIDE)
    root = sys.modules["govledger"]  # not `import govledger`: the hook would read it
    try:
        for name in _module_names_in("govledger", list(root.__path__)):
            table.setdefault(name, USES_PYSIDE)
    except (OSError, ImportError):  # an unreadable folder: those modules are just read later
        pass
    return len(table) - before
