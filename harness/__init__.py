"""harness: does a model saved in one torch version load, run and resume in another?"""

__version__ = "0.1.0"
