package org.zhibiao.cli;

/** Output formats of the reading commands. */
enum Format { tsv, json }
