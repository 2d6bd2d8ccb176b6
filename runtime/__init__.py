"""Process plumbing shared by every querycast process: settings, logging, lifecycle."""
