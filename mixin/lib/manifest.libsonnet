// Renders the mixin's parts as the files the project ships.
{
  // JSON with two-space indentation, fields in alphabetical order, `{}` and `[]` for empty values,
  // and numbers as written (std.manifestJson would print 0.9 as 0.90000000000000002).
  json(value)::
    local render(v, indent) =
      local inner = indent + '  ';
      if std.isObject(v) then
        if std.length(v) == 0 then '{}'
        else '{\n%s\n%s}' % [std.join(',\n', [inner + std.escapeStringJson(k) + ': ' + render(v[k], inner) for k in std.objectFields(v)]), indent]
      else if std.isArray(v) then
        if std.length(v) == 0 then '[]'
        else '[\n%s\n%s]' % [std.join(',\n', [inner + render(e, inner) for e in v]), indent]
      else if std.isNumber(v) && v != std.floor(v) then std.format('%.15g', v)
      else std.manifestJson(v);
    render(value, ''),

  // A YAML document (lists indented under their key) after a comment header.
  yaml(header, value):: header + std.manifestYamlDoc(value, indent_array_in_object=true, quote_keys=false),
}
