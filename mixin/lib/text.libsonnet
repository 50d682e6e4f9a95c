{
  // Joins the lines of a ||| block with spaces into one line, as YAML's folded `>-` scalars read:
  // long annotation texts stay readable in the source and come out as the single line Alertmanager shows.
  fold(block):: std.join(' ', [l for l in std.split(std.stripChars(block, '\n'), '\n') if l != '']),
}
