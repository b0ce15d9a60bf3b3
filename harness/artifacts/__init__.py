"""Artifact directories: what ``save`` writes and ``verify`` reads (untrusted input).

:mod:`.manifest` writes and reads the manifest; :mod:`.untrusted` is what a manifest may
say; :mod:`.signing` tells your own directory from an edited one; :mod:`.replace` is what
``save --out`` may replace (only what a save wrote).
"""

from ..errors import HarnessError

#: The file every artifact directory holds, listing its cases and checksums.
MANIFEST = "manifest.json"


class ArtifactDirError(HarnessError, RuntimeError):
    """A directory that is not a readable artifact directory; the message says why and what to do."""
