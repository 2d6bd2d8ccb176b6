"""The offline, rule-based NL->SQL engine (the default provider when no API key is set)."""
