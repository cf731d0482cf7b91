package org.jmapserv.cli;

import picocli.CommandLine;

/** The {@code --version} answer of every launcher: map2img -v's line (msGetVersion's form). */
public final class VersionText implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {Map2ImgCommand.VERSION};
    }
}
