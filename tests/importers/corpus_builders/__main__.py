from tests.importers.corpus_builders import build_all

for path in build_all():
    print(path.name)
