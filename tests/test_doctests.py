"""Every module's docstring examples run and give what they show."""
from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import graphbuild

MODULES = sorted(m.name for m in pkgutil.walk_packages(graphbuild.__path__, "graphbuild.")
                 if not m.name.endswith("__main__"))


@pytest.mark.parametrize("name", MODULES)
def test_module_examples(name):
    result = doctest.testmod(importlib.import_module(name), optionflags=doctest.ELLIPSIS)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in {name} failed"
