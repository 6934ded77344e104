"""Is a ledger on a network folder? There SQLite's WAL mode is unsafe.

WAL shares memory between processes through a -shm file, which network file
systems (SMB shares, mapped drives, NFS) do not keep coherent between PCs. A ledger
there uses the rollback journal instead, and the status bar says so.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_NETWORK_FS = {"nfs", "nfs4", "cifs", "smb", "smb2", "smbfs", "smb3", "afs", "9p", "sshfs",
               "fuse.sshfs", "davfs", "fuse.davfs2", "ncpfs"}  # fmt: skip


def is_network_path(path: Path) -> bool:
    path = Path(path)
    if sys.platform == "win32":
        return _is_network_path_windows(path)
    return _mount_type(path) in _NETWORK_FS


def _is_network_path_windows(path: Path) -> bool:
    text = str(path)
    if text.startswith(("\\\\", "//")):  # UNC path \\server\share
        return True
    drive = os.path.splitdrive(os.path.abspath(text))[0]
    if not drive:
        return False
    if sys.platform != "win32":  # never so (see is_network_path); tells mypy windll is there
        return False
    import ctypes

    DRIVE_REMOTE = 4
    drive_type: int = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")
    return drive_type == DRIVE_REMOTE


def _mount_type(path: Path, mounts_text: str | None = None) -> str:
    """The file-system type of the mount holding path (Linux /proc/mounts)."""
    if mounts_text is None:
        try:
            mounts_text = Path("/proc/mounts").read_text()
        except OSError:
            return ""
    mounts = mounts_text.splitlines()
    target = Path(os.path.abspath(path))
    best, best_type = "", ""
    for line in mounts:
        fields = line.split()
        if len(fields) < 3:
            continue
        mount_point = fields[1].replace("\\040", " ")
        inside = str(target) == mount_point or str(target).startswith(mount_point.rstrip("/") + "/")
        if inside and len(mount_point) > len(best):
            best, best_type = mount_point, fields[2]
    return best_type
