"""Encryption at rest for registered database passwords (Fernet: AES-128-CBC + HMAC-SHA256).

QUERYCAST_SECRET_KEY holds one key or a comma-separated list (the first encrypts, all decrypt,
so keys can be rotated). A key is either a Fernet key (`Fernet.generate_key()`) or any passphrase,
which is stretched with SHA-256. Without the variable a fixed development key is used, and the
executor logs a warning: passwords are then only obfuscated, not protected.
"""
from __future__ import annotations

import base64
import binascii
import hashlib
import logging

from cryptography.fernet import Fernet, InvalidToken, MultiFernet

log = logging.getLogger(__name__)

DEV_PASSPHRASE = "querycast-development-key-NOT-FOR-PRODUCTION"


class SecretKeyError(Exception):
    """A stored password cannot be decrypted with the configured keys."""


def _fernet(key: str) -> Fernet:
    key = key.strip()
    try:
        if len(base64.urlsafe_b64decode(key.encode())) == 32:
            return Fernet(key.encode())
    except (binascii.Error, ValueError):
        pass
    return Fernet(base64.urlsafe_b64encode(hashlib.sha256(key.encode()).digest()))


class PasswordCipher:
    def __init__(self, secret_key: str | None):
        if not secret_key:
            log.warning("QUERYCAST_SECRET_KEY is not set: using the built-in development key; "
                        "registered database passwords are NOT protected at rest")
            secret_key = DEV_PASSPHRASE
        keys = [k for k in secret_key.split(",") if k.strip()]
        self._fernet = MultiFernet([_fernet(k) for k in keys])

    def encrypt(self, password: str) -> str:
        return self._fernet.encrypt(password.encode()).decode() if password else ""

    def decrypt(self, token: str) -> str:
        if not token:
            return ""
        try:
            return self._fernet.decrypt(token.encode()).decode()
        except InvalidToken:
            raise SecretKeyError("stored password does not match QUERYCAST_SECRET_KEY") from None
