"""Data files shipped with presspad: the sample release, site profiles, icons."""
