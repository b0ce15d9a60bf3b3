    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
A    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
P    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
T    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
T    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
w    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
N    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
P    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
-    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
`    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
`    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
v    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
w    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
x    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
w    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
q    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
L    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
A    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
Y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
E    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
R    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
T    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
I    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
L    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
M    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
I    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
N    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
D    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
E    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
N    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
T    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
q    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
L    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
T    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
I    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
-    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
>    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
T    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
I    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
L    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
A    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
Y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
E    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
R    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
j    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
x    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
w    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
I    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
N    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
D    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
E    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
N    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
T    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
q    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
q    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
w    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
L    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
C    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
D    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
C    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
w    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
-    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
>    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
v    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
j    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
v    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
j    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
j    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
M    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
-    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
>    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
A    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
'    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
x    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
N    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
x    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
0    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
0    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
v    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
z    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
4    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
*    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
x    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
0    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
4    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
*    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
#    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
+    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
L    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
*    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
h    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
+    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
S    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
N    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
g    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
b    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
y    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
{    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
c    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
}    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
v    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
k    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
_    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
m    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
d    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
l    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
x    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
f    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
:    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
+    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
=    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
[    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
,    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
]    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
e    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
u    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
.    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
j    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
o    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
i    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
(    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
p    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
a    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
r    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
t    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
s    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
)    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
+    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
     info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
\    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
n    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
"    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"

    info = input_info(spec)
    rng = f"np.random.default_rng({int(spec.id, 16) % (2**32)})"  # as harness.build.example_inputs
    if info.layout == "tok":
        make_input = f"x = torch.from_numpy({rng}.integers(0, {info.vocab}, size=(4, *{info.shape})))"
    else:
        make_input = f"x = torch.from_numpy({rng}.standard_normal((4, *{info.shape}))).float()"
