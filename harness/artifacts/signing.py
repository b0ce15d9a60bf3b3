"""Signed manifests: telling a directory from your own save job from one someone edited.

Checksums detect damage, not substitution: whoever can edit an artifact directory can
replace a model, adjust its reference outputs and write the new checksums. A signature is
an HMAC-SHA256 of the manifest's exact bytes with a key only your CI holds (the manifest
lists a SHA-256 of every file, so it covers them all); ``save --sign KEY`` writes it to
``manifest.sig`` and ``verify --require-signature KEY`` refuses a directory whose
signature is missing or does not match before reading anything else.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from ..errors import HarnessError
from . import MANIFEST, ArtifactDirError

SIGNATURE = "manifest.sig"
PREFIX = "hmac-sha256:"


class SigningError(HarnessError, ValueError):
    """A key that cannot be read, or a directory whose signature does not hold; one line."""


#: The shortest key accepted, from any source: a shorter one can be guessed, and a signature
#: made with a guessable key proves nothing about who wrote the directory.
MIN_KEY_BYTES = 16


def read_key(source: str) -> bytes:
    """A key from ``env:NAME`` (an environment variable, as CI secrets arrive) or a file path;
    never from the command line itself, where other users of the machine can read it. Either
    way it must hold at least :data:`MIN_KEY_BYTES` bytes (surrounding whitespace not counted)."""
    if source.startswith("env:"):
        value = os.environ.get(source[4:], "")
        if not value:
            raise SigningError(f"signing key {source}: the environment variable {source[4:]} is not set or empty")
        key = value.encode("utf-8")  # used as given (signatures made with it stay valid)
    else:
        try:
            key = Path(source).read_bytes().strip()
        except OSError as exc:
            raise SigningError(f"signing key {source}: cannot be read ({exc.strerror or exc}); give a file "
                               "holding the key, or env:NAME for an environment variable") from None
    if len(key.strip()) < MIN_KEY_BYTES:
        raise SigningError(f"signing key {source}: {len(key.strip())} bytes; use at least {MIN_KEY_BYTES} "
                           "(e.g. 32 random bytes, hex)")
    return key


def signature(manifest: bytes, key: bytes) -> str:
    return PREFIX + hmac.new(key, manifest, hashlib.sha256).hexdigest()


def sign(directory: Path, key: bytes) -> Path:
    """Write ``manifest.sig`` for the manifest as it is on disk now."""
    path = Path(directory) / SIGNATURE
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(signature((Path(directory) / MANIFEST).read_bytes(), key) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def check(directory: Path, manifest: bytes, key: bytes) -> None:
    """SigningError unless ``manifest`` (its bytes) carries a valid signature made with ``key``."""
    path = Path(directory) / SIGNATURE
    if path.is_symlink() or not path.is_file():
        raise ArtifactDirError(f"{directory}: no {SIGNATURE}, and --require-signature was given: not verified "
                               "(sign it where it is saved: save --sign KEY)")
    try:
        found = path.read_text(encoding="utf-8")[:200].strip()
    except (OSError, UnicodeDecodeError):
        found = ""
    if not hmac.compare_digest(found, signature(manifest, key)):
        raise ArtifactDirError(f"{directory}: {SIGNATURE} does not match the manifest with this key: the "
                               "directory was edited after it was signed, or signed with another key; not verified")
