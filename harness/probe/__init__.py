"""A user's own files (``harness probe``): what each file is, what the loads a user would try
do with it in every environment, and its version window. The supervisor's side
(:mod:`.kinds`, :mod:`.window`) never imports torch; :mod:`.loads` runs in the workers."""
