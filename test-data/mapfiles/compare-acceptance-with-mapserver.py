#!/usr/bin/env python3
"""Compare which mapfiles MapServer 8.0 (python3-mapscript) and bin/mapfile load or reject.

Developer tool, not used by CI. For any mapfiles (e.g. a copy of MapServer's msautotest kept
outside git, for licence reasons):

    /usr/bin/python3 test-data/mapfiles/compare-acceptance-with-mapserver.py DIR_OR_FILE...

Each *.map (directories are walked; folders named include* are skipped, as they hold INCLUDE
fragments) is loaded by mapscript in a forked child from the file's own directory, and checked
with `bin/mapfile check FILE`. Errors that come from missing data rather than syntax (symbol set,
font set, included file, projection files) are reported as SKIP: only syntax acceptance is
compared. Prints AGREE / DIFF / SKIP per file and the counts; exits 1 on any DIFF.
"""
import os
import subprocess
import sys

try:
    import mapscript
except ImportError:
    sys.exit("python3-mapscript is not importable (use the system /usr/bin/python3)")

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
CHECK = os.path.join(ROOT, 'bin', 'mapfile')
MISSING_DATA = ('Unable to access file', 'Error opening', 'msLoadFontSet', 'loadSymbolSet',
                'No such file', 'failed to open', 'Failed to open', 'msProcessProjection',
                'cannot read', 'does not exist')


def mapserver(path):
    """None when mapscript loads the file, else its error text ('CRASH' when the child died)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        os.chdir(os.path.dirname(path))
        try:
            kept = mapscript.mapObj(path)  # never freed: the child exits first
            message = 'OK'
        except Exception as error:
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
    os.waitpid(pid, 0)
    text = data.decode('utf-8', 'replace')
    return None if text == 'OK' else (text[1:] if text else 'CRASH')


def ours(path):
    """None when bin/mapfile check accepts the file, else its output."""
    done = subprocess.run([CHECK, 'check', path], capture_output=True, text=True)
    return None if done.returncode == 0 else (done.stdout + done.stderr).strip()


def verdict(error):
    if error is None:
        return 'load'
    return 'data' if any(k in error for k in MISSING_DATA) else 'reject'


def mapfiles(args):
    for arg in args:
        if os.path.isfile(arg):
            yield os.path.abspath(arg)
            continue
        for folder, subdirs, names in os.walk(arg):
            subdirs[:] = sorted(d for d in subdirs if not d.startswith('include'))
            for name in sorted(names):
                if name.lower().endswith('.map'):
                    yield os.path.abspath(os.path.join(folder, name))


def main():
    counts = {'AGREE': 0, 'DIFF': 0, 'SKIP': 0}
    for path in mapfiles(sys.argv[1:]):
        theirs, mine = mapserver(path), ours(path)
        a, b = verdict(theirs), verdict(mine)
        if 'data' in (a, b) and (a == b or 'load' in (a, b)):
            outcome = 'SKIP'
        else:
            outcome = 'AGREE' if a == b else 'DIFF'
        counts[outcome] += 1
        line = '%-5s %s (MapServer: %s, ours: %s)' % (outcome, path, a, b)
        if outcome != 'AGREE':
            line += '\n      MapServer: %s\n      ours:      %s' % ((theirs or '')[:300], (mine or '')[:300])
        print(line)
    print('agree %(AGREE)d, disagree %(DIFF)d, skipped (missing data) %(SKIP)d' % counts)
    return 1 if counts['DIFF'] else 0


if __name__ == '__main__':
    sys.exit(main())
