"""Writing an export all-or-nothing.

Every exporter writes into a temporary file in the target's own folder (so the final
rename never crosses file systems) and renames it over the target only when the
writer has finished. A full disk, a crash or a bug mid-way leaves no half file, and an
existing document of the same name stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from govledger.messages import GovLedgerError, os_error_text


def write_atomically(target: Path | str, write: Callable[[Path], None]) -> Path:
    """Call write(temporary_path), then move the result to target.

    OSErrors become one GovLedgerError naming target; any other error propagates
    after the temporary file is removed.
    """
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise GovLedgerError("export.no_folder", path=target, folder=folder)
    try:
        handle, temp_name = tempfile.mkstemp(
            prefix=f".{target.stem}.", suffix=target.suffix + ".part", dir=folder
        )
        os.close(handle)
    except OSError as exc:
        raise _error(target, exc) from exc
    temp = Path(temp_name)
    renaming = False
    try:
        write(temp)
        _make_permissions_normal(temp, target)
        renaming = True
        os.replace(temp, target)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(exc, OSError):
            raise _error(target, exc, renaming=renaming) from exc
        raise
    return target


def _make_permissions_normal(temp: Path, target: Path) -> None:
    """mkstemp creates 0600 files; give the export the mode a normal save would."""
    if os.name != "posix":
        return
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    os.chmod(temp, mode)


def _error(target: Path, exc: OSError, *, renaming: bool = False) -> GovLedgerError:
    # Windows refuses to replace a document that Word or Excel holds open.
    if renaming and isinstance(exc, PermissionError) and target.exists():
        return GovLedgerError("export.in_use", path=target)
    detail = os_error_text(exc)
    if exc.errno == errno.ENOSPC and detail == exc.strerror:
        detail = os.strerror(errno.ENOSPC)
    return GovLedgerError("export.write_failed", path=target, detail=detail)
