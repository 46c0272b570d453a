"""display-app's bundle: shiboken's signature loader, installed as
``shibokensupport/signature/loader`` by packaging/shiboken_support.py.

shiboken imports its loader at every start and calls back into it by name. The real loader
(kept beside this one as ``_loader_full``) imports at once everything that signatures, help
texts and "wrong argument types" errors need: the signature parser (dozens of regular
expressions), layout, error handler and the stub tools, ~20 ms of the frozen launch that a
customer display never uses unless a Qt call goes wrong. This one does at start-up only
what the real loader does for every program (hand shiboken its bootstrap functions,
publish ``PySide6.support``, install the ``__feature__`` import hook) and loads the real
loader the first time shiboken asks for a signature, a help text or an argument error.

It also answers shiboken's per-import question "does this module's source mention
PySide6?" (``feature_imported``) without searching for source that the bundle does not
ship: the real answer for such a module is "no", after ``inspect.getsource`` has looked
on disk for it, ~9 ms over the launch.
"""

import builtins
import os
import sys

import signature_bootstrap
from shibokensupport import feature, signature
from shibokensupport.signature import importhandler, mapping  # noqa: F401  (shiboken reads mapping from sys.modules)

signature.get_signature = signature_bootstrap.get_signature
signature.make_snake_case_name = signature_bootstrap.make_snake_case_name
feature.pyside_feature_dict = signature_bootstrap.pyside_feature_dict
builtins.__feature_import__ = signature_bootstrap.__feature_import__
del signature_bootstrap


def _full():
    import importlib

    # The build writes the real loader's name in place of the braces (shiboken_support.DEFERRED).
    return importlib.import_module(__name__.rpartition(".")[0] + ".{real}")


def pyside_type_init(type_key, sig_strings):
    return _full().pyside_type_init(type_key, sig_strings)


def create_signature(props, key):
    return _full().create_signature(props, key)


def seterror_argument(args, func_name, info):
    return _full().seterror_argument(args, func_name, info)


def make_helptext(func):
    return _full().make_helptext(func)


def finish_import(module):
    return importhandler.finish_import(module)


def feature_import(*args, **kwds):
    return feature.feature_import(*args, **kwds)


def feature_imported(module):
    # A module with no source file on disk (every module of the bundle) gets shiboken's
    # answer for it, -1 ("does not use PySide: ignore for features"), without the search.
    name = getattr(module, "__name__", None)
    if name is not None and name not in feature.pyside_feature_dict:
        path = getattr(module, "__file__", None)
        if not (isinstance(path, str) and path.endswith(".py") and os.path.isfile(path)):
            feature.pyside_feature_dict[name] = -1
            return None
    return feature.feature_imported(module)


def _publish(package, module, name):
    setattr(package, name, module)
    fullname = f"{package.__spec__.name}.{name}"
    module.__spec__.name = fullname
    sys.modules[fullname] = module


def post_init():
    import PySide6.support.feature

    sys.modules["__feature__"] = PySide6.support.feature
    builtins.__orig_import__ = builtins.__import__
    builtins.__import__ = builtins.__feature_import__


if "PySide6" in sys.modules:
    import PySide6

    try:
        import PySide6.support
    except ModuleNotFoundError:
        import shibokensupport

        _publish(PySide6, shibokensupport, "support")
        import PySide6.support
    _publish(PySide6.support, feature, "feature")
    _publish(PySide6.support, signature, "signature")
else:
    def post_init():
        return None
