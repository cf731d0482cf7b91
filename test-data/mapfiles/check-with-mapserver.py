#!/usr/bin/env python3
"""Re-verify the mapfile corpus against the real MapServer 8 (python3-mapscript).

Developer tool, not used by CI:  /usr/bin/python3 test-data/mapfiles/check-with-mapserver.py [-v]
  valid/*.map            must load (mapscript.mapObj)
  invalid/*.map          must fail, and MapServer's error lines must equal the file's
                         "# MAPSERVER:" header lines (in order); headers may live in a
                         sidecar "<file>.expect" for files that cannot hold comments
  mapserver-crashes/*.map  must still crash MapServer 8.0 (documents a MapServer bug)
  config/valid-*.conf    must load (mapscript.configObj)
  config/invalid-*.conf  must fail, same MAPSERVER comparison
Each file is loaded in a forked child so a MapServer crash is reported, not fatal.
Prints one line per file (PASS/FAIL) and exits 1 if any file fails.
"""
import os
import sys

try:
    import mapscript
except ImportError:
    sys.exit("python3-mapscript is not importable (apt-get install python3-mapscript; "
             "run it with /usr/bin/python3)")

HERE = os.path.dirname(os.path.abspath(__file__))


def headers(path):
    """Header lines ('# KEY: value') from the file's leading comments or its .expect sidecar."""
    source = path + '.expect' if os.path.exists(path + '.expect') else path
    found = []
    with open(source, 'rb') as f:
        raw = f.read()
    for line in raw.decode('utf-8', 'replace').splitlines():
        stripped = line.lstrip('\ufeff').strip()
        if not stripped.startswith('#'):
            if stripped:
                break
            continue
        body = stripped.lstrip('#').strip()
        key, sep, value = body.partition(':')
        if sep and key.strip().isupper() and ' ' not in key.strip():
            found.append((key.strip(), value.strip()))
    return found


def load(path):
    """Load in a forked child; return None on success, else the list of error lines."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        mapscript.msResetErrorList()
        try:
            if path.endswith('.conf'):
                kept = mapscript.configObj(path)  # never freed: the child exits first
            else:
                kept = mapscript.mapObj(path)  # never freed: avoids driver noise at teardown
            message = 'OK'
        except Exception as error:  # MapServerError carries MapServer's text
            message = 'E' + str(error)
        os.write(write_end, message.encode('utf-8', 'replace'))
        os._exit(0)
    os.close(write_end)
    data = b''
    while True:
        chunk = os.read(read_end, 65536)
        if not chunk:
            break
        data += chunk
    os.close(read_end)
    _, status = os.waitpid(pid, 0)
    if not data:
        return ['CRASH (wait status %d)' % status]
    text = data.decode('utf-8', 'replace')
    return None if text == 'OK' else [l.rstrip() for l in text[1:].split('\n')]


def corpus():
    for sub, must_load in (('valid', True), ('invalid', False)):
        folder = os.path.join(HERE, sub)
        for name in sorted(os.listdir(folder)):
            if name.endswith('.map'):
                yield os.path.join(folder, name), must_load
    folder = os.path.join(HERE, 'mapserver-crashes')
    for name in sorted(os.listdir(folder)):
        if name.endswith('.map'):
            yield os.path.join(folder, name), None
    folder = os.path.join(HERE, 'config')
    for name in sorted(os.listdir(folder)):
        if name.endswith('.conf'):
            yield os.path.join(folder, name), name.startswith('valid-')


def check(path, must_load):
    errors = load(path)
    if must_load is None:
        crashed = bool(errors) and errors[0].startswith('CRASH')
        return crashed, ('MapServer still crashes' if crashed else 'MapServer no longer crashes: %r' % errors)
    if must_load:
        return (errors is None), ('loads' if errors is None else 'MapServer rejected: ' + ' || '.join(errors))
    if errors is None:
        return False, 'MapServer LOADED it, expected a failure'
    expected = [v for k, v in headers(path) if k == 'MAPSERVER']
    if not expected:
        return False, 'no # MAPSERVER: header; MapServer says: ' + ' || '.join(errors)
    if [e.strip() for e in expected] != [e.strip() for e in errors]:
        return False, 'MapServer says %r, header records %r' % (errors, expected)
    return True, 'rejected as recorded: ' + errors[-1]


def main():
    verbose = '-v' in sys.argv
    failures = 0
    for path, must_load in corpus():
        ok, why = check(path, must_load)
        failures += not ok
        rel = os.path.relpath(path, HERE)
        print('%s %s%s' % ('PASS' if ok else 'FAIL', rel, (' — ' + why) if (verbose or not ok) else ''))
    print('%d failure(s)' % failures)
    return 1 if failures else 0


if __name__ == '__main__':
    sys.exit(main())
