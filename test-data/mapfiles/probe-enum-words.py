#!/usr/bin/env python3
"""Regenerate enum-words-by-token-code.tsv from the real MapServer 8.0 (python3-mapscript).

Developer tool, not used by CI:  /usr/bin/python3 test-data/mapfiles/probe-enum-words.py
Keeps the contexts (columns 1-2) of the existing TSV and re-probes every word of the 8.0 lexer
(the word list of org.jmapserv.mapfile.model.TokenCodes, read from its source) in each: the file
MAP SIZE 10 10 EXTENT 0 0 1 1 <template with {W} = word> END is loaded in a forked child and the
value is read with the getter below. Takes a few minutes (one fork per load).
"""
import os
import re
import sys
import tempfile

import mapscript

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TSV = os.path.join(HERE, 'enum-words-by-token-code.tsv')
CODES = os.path.join(ROOT, 'src/main/java/org/jmapserv/mapfile/model/TokenCodes.java')

LAYER = 'm.getLayer(0)'
CLASS = LAYER + '.getClass(0)'
GETTERS = {
    'map.status': 'm.status', 'map.units': 'm.units', 'map.debug': 'm.debug',
    'layer.status': LAYER + '.status', 'layer.type': LAYER + '.type', 'layer.units': LAYER + '.units',
    'layer.sizeunits': LAYER + '.sizeunits', 'layer.toleranceunits': LAYER + '.toleranceunits',
    'layer.connectiontype': LAYER + '.connectiontype', 'layer.transform': LAYER + '.transform',
    'layer.labelcache': LAYER + '.labelcache', 'layer.postlabelcache': LAYER + '.postlabelcache',
    'layer.debug': LAYER + '.debug', 'layer.force': LAYER + '.postlabelcache',
    'class.status': CLASS + '.status', 'class.debug': CLASS + '.debug',
    'class.expression': CLASS + '.getExpressionString()',
    'style.linecap': CLASS + '.getStyle(0).linecap', 'style.linejoin': CLASS + '.getStyle(0).linejoin',
    'label.position': CLASS + '.getLabel(0).position', 'label.align': CLASS + '.getLabel(0).align',
    'label.force': CLASS + '.getLabel(0).force', 'label.partials': CLASS + '.getLabel(0).partials',
    'label.size': CLASS + '.getLabel(0).size', 'label.angle': CLASS + '.getLabel(0).anglemode',
    'label.postlabelcache': CLASS + '.getLabel(0).force',
    'label.minfeaturesize': CLASS + '.getLabel(0).autominfeaturesize',
    'legend.status': 'm.legend.status', 'legend.position': 'm.legend.position',
    'legend.postlabelcache': 'm.legend.postlabelcache', 'legend.force': 'm.legend.postlabelcache',
    'scalebar.status': 'm.scalebar.status', 'scalebar.position': 'm.scalebar.position',
    'scalebar.align': 'm.scalebar.align', 'scalebar.units': 'm.scalebar.units',
    'scalebar.postlabelcache': 'm.scalebar.postlabelcache', 'scalebar.transparent': 'm.scalebar.transparent',
    'scalebar.force': 'm.scalebar.postlabelcache',
    'querymap.status': 'm.querymap.status', 'querymap.style': 'm.querymap.style',
    'reference.status': 'm.reference.status',
    'outputformat.imagemode': 'm.getOutputFormatByName("f").imagemode',
    'outputformat.transparent': 'm.getOutputFormatByName("f").transparent',
    'symbol.type': 'm.symbolset.getSymbol(m.symbolset.numsymbols-1).type',
    'symbol.filled': 'm.symbolset.getSymbol(m.symbolset.numsymbols-1).filled',
}


def words():
    source = open(CODES).read()
    table = ' '.join(re.findall(r'"([a-z0-9=\- ]+)"', source[source.index('parse('):]))
    return sorted(p.split('=')[0] for p in table.split() if '=' in p)


def probe(folder, template, getter, word):
    path = os.path.join(folder, 'probe.map')
    with open(path, 'w') as f:
        f.write('MAP\n SIZE 10 10\n EXTENT 0 0 1 1\n %s\nEND\n' % template.replace('{W}', word))
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_end)
        os.chdir(folder)
        try:
            m = mapscript.mapObj(path)
            message = 'OK' + (str(eval(getter)) if getter else '')
        except Exception:
            message = 'E'
        os.write(write_end, message.encode())
        os._exit(0)
    os.close(write_end)
    data = os.read(read_end, 65536).decode()
    os.close(read_end)
    os.waitpid(pid, 0)
    return data[2:] if data.startswith('OK') else None


def main():
    header = [l for l in open(TSV) if l.startswith('#')]
    contexts = [l.rstrip('\n').split('\t')[:2] for l in open(TSV) if l.strip() and not l.startswith('#')]
    lexer_words = words()
    with tempfile.TemporaryDirectory() as folder:
        open(os.path.join(folder, 'x.png'), 'wb').write(open(os.path.join(HERE, 'valid/include/marker.png'), 'rb').read())
        rows = []
        for name, template in contexts:
            accepted = []
            for w in lexer_words:
                value = probe(folder, template, GETTERS.get(name), w)
                if value is not None:
                    accepted.append('%s=%s' % (w, value))
            rows.append('%s\t%s\t%s\n' % (name, template, ' '.join(accepted)))
            print(name, len(accepted), file=sys.stderr)
    with open(TSV, 'w') as f:
        f.writelines(header + rows)


if __name__ == '__main__':
    main()
