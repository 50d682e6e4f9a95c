// Prometheus durations in the words the alert descriptions use: '5m' is "5 minutes", '1h' "1 hour".
local units = { s: 'second', m: 'minute', h: 'hour', d: 'day' };
local perUnit = { s: 1, m: 60, h: 3600, d: 86400 };
local numbers = { '2': 'two', '3': 'three', '4': 'four', '5': 'five' };
{
  // '15m' -> "15 minutes"; a single unit (minutes, hours, ...) only, as the _config durations use.
  words(duration)::
    local unit = duration[std.length(duration) - 1];
    local count = std.substr(duration, 0, std.length(duration) - 1);
    '%s %s%s' % [count, units[unit], if count == '1' then '' else 's'],

  // The window after "in the last": '1h' -> "hour", '2h' -> "2 hours".
  last(duration):: local w = self.words(duration); if std.startsWith(w, '1 ') then std.substr(w, 2, std.length(w) - 2) else w,

  // '5m' -> 300.
  seconds(duration):: std.parseInt(std.substr(duration, 0, std.length(duration) - 1)) * perUnit[duration[std.length(duration) - 1]],

  // Two durations added up, in minutes when whole minutes: plus('5m', '10m') is '15m'.
  plus(a, b)::
    local total = self.seconds(a) + self.seconds(b);
    if total % 60 == 0 then '%dm' % (total / 60) else '%ds' % total,

  // Small counts spelt out ("three poll intervals"), larger ones as digits.
  count(n):: std.get(numbers, std.toString(n), std.toString(n)),
}
