"""Pure logic: JSON-safe values and password encryption at rest."""
import datetime as dt
import json
import uuid
from decimal import Decimal

import pytest
from cryptography.fernet import Fernet

from controldb.secrets import PasswordCipher, SecretKeyError
from services.executor.values import json_safe


@pytest.mark.parametrize("value, expected", [
    (None, None), (True, True), (42, 42), (2**53 - 1, 2**53 - 1), (2**53, str(2**53)),
    (-(2**63), str(-(2**63))), (0.25, 0.25), (float("nan"), "NaN"), (float("inf"), "Infinity"),
    (float("-inf"), "-Infinity"), (Decimal("0.10"), "0.10"), (Decimal("1e-30"), "1E-30"),
    (dt.date(2024, 2, 29), "2024-02-29"), (dt.time(1, 2, 3, 400000), "01:02:03.400000"),
    (dt.datetime(2026, 1, 2, 3, 4, 5, tzinfo=dt.UTC), "2026-01-02T03:04:05+00:00"),
    (dt.timedelta(days=1, seconds=3.5), "P1DT3.5S"),
    (uuid.UUID(int=1), "00000000-0000-0000-0000-000000000001"),
    (memoryview(b"\x00\x01"), "AAE="), (b"", ""),
    ([[1, None], [Decimal("2.5")]], [[1, None], ["2.5"]]),
    ({"a": [1, {"b": float("nan")}]}, {"a": [1, {"b": "NaN"}]}),
])
def test_json_safe(value, expected):
    assert json_safe(value) == expected
    json.dumps(json_safe(value), allow_nan=False)


def test_unknown_types_become_text():
    class Inet:
        def __str__(self):
            return "10.0.0.1/32"
    assert json_safe(Inet()) == "10.0.0.1/32"


def test_passwords_round_trip_and_are_not_stored_in_clear():
    cipher = PasswordCipher("a passphrase")
    token = cipher.encrypt("hunter2")
    assert "hunter2" not in token and cipher.decrypt(token) == "hunter2"
    assert cipher.encrypt("") == "" and cipher.decrypt("") == ""


def test_fernet_keys_and_rotation():
    old, new = Fernet.generate_key().decode(), Fernet.generate_key().decode()
    token = PasswordCipher(old).encrypt("pw")
    rotated = PasswordCipher(f"{new},{old}")
    assert rotated.decrypt(token) == "pw"
    assert PasswordCipher(new).decrypt(rotated.encrypt("pw")) == "pw"
    with pytest.raises(SecretKeyError):
        PasswordCipher(new).decrypt(token)


def test_development_key_warns(caplog):
    cipher = PasswordCipher(None)
    assert cipher.decrypt(cipher.encrypt("pw")) == "pw"
    assert "NOT protected" in caplog.text
