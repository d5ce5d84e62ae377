"""The certification domain: rules and services of a brand committee. No Qt here."""
