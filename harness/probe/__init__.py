"""A user's own files (``harness probe``): what each file is, what the loads a user would try
do with it in every environment, and its version window. The supervisor's side
(:mod:`.kinds`, :mod:`.onnx_facts`, :mod:`.window`, :mod:`.headline`) never imports torch;
:mod:`.loads`, :mod:`.contents` and :mod:`.outputs` run in the workers."""
