"""The checks: registry, typed context, one module per check family, the check service."""
