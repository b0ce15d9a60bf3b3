"""A user's own files (``harness probe``): what each file is, what the loads a user would try
do with it in every environment, and its version window. The supervisor's side
(:mod:`.kinds`, :mod:`.pickles`, :mod:`.paths`, :mod:`.onnx_facts`, :mod:`.window`,
:mod:`.headline`) never imports torch, and reads no file through a symbolic link;
:mod:`.loads`, :mod:`.contents` and :mod:`.outputs` run in the workers."""
