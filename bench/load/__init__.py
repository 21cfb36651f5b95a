"""Load run of the API against a bare limit; see :mod:`bench.load.run`."""
