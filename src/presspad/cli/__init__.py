"""presspad's command line: the core's features for scripts and batch runs.

Nothing here imports Qt except the ``gui`` command, and only when it runs.
"""
