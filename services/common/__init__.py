"""Plumbing shared by the service processes: control-DB migrations, logs, process lifecycle."""
