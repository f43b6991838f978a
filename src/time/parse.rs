//! Reading instants as people and the plan write them (TIME-TZ).

use super::*;

pub(super) struct Parts {
    pub(super) date: NaiveDate,
    /// (hour, minute, second, nanosecond); hour may be 24 only with zeros.
    pub(super) time: Option<(u32, u32, u32, u32)>,
    /// Offset east of UTC in seconds.
    pub(super) offset: Option<i64>,
}

impl Parts {
    pub(super) fn instant(&self, text: &str) -> Result<Instant, TimeError> {
        let out_of_range = |reason| TimeError::OutOfRange {
            text: clip(text),
            reason,
        };
        let local = match self.time {
            None => self.date.and_time(NaiveTime::MIN),
            Some((24, 0, 0, 0)) => self
                .date
                .succ_opt()
                .ok_or_else(|| out_of_range("date"))?
                .and_time(NaiveTime::MIN),
            Some((24, ..)) => return Err(out_of_range("24 is only allowed as 24:00")),
            Some((h, m, s, n)) => self.date.and_time(
                NaiveTime::from_hms_nano_opt(h, m, s, n)
                    .ok_or_else(|| out_of_range("hour, minute or second"))?,
            ),
        };
        let shift =
            BEIJING_OFFSET_SECONDS.saturating_sub(self.offset.unwrap_or(BEIJING_OFFSET_SECONDS));
        // Within the years an instant is written in (four digits): 9999-12-31T24:00,
        // or an offset past the last day, would print as a year the parser refuses.
        local
            .checked_add_signed(Duration::seconds(shift))
            .filter(|t| (1..=9999).contains(&chrono::Datelike::year(t)))
            .map(Instant)
            .ok_or_else(|| out_of_range("date"))
    }
}

pub(super) fn parse_instant(text: &str, year: Option<i32>) -> Result<Instant, TimeError> {
    match fixed(text) {
        Some(at) => Ok(at),
        None => parse_parts(text, year)?.instant(text),
    }
}

/// The quiz platform's own form, `2021-06-15T10:05:00+08:00`, read without the general
/// scan (millions of sheets carry it): the same instant the general reading gives, or
/// `None` for any other text (a leap second, `24:00`, another offset …), which it then
/// reads.
fn fixed(text: &str) -> Option<Instant> {
    let b = text.as_bytes();
    let num = |from: usize, to: usize| -> Option<u32> {
        b.get(from..to)?.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| {
                n.wrapping_mul(10)
                    .wrapping_add(u32::from(c.wrapping_sub(b'0')))
            })
        })
    };
    let shape = b.len() == 25
        && b.get(4) == Some(&b'-')
        && b.get(7) == Some(&b'-')
        && b.get(10) == Some(&b'T')
        && b.get(13) == Some(&b':')
        && b.get(16) == Some(&b':')
        && b.get(19..) == Some(b"+08:00".as_slice());
    if !shape {
        return None;
    }
    let year = i32::try_from(num(0, 4)?).ok().filter(|y| *y >= 1)?;
    let (hour, second) = (num(11, 13)?, num(17, 19)?);
    if hour >= 24 || second >= 60 {
        return None;
    }
    NaiveDate::from_ymd_opt(year, num(5, 7)?, num(8, 10)?)?
        .and_hms_opt(hour, num(14, 16)?, second)
        .map(Instant)
}

/// A tiny cursor over the characters of the text.
struct Scan<'a> {
    rest: &'a str,
}

impl<'a> Scan<'a> {
    fn peek(&self) -> Option<char> {
        self.rest.chars().next()
    }
    fn eat(&mut self, c: char) -> bool {
        match self.rest.strip_prefix(c) {
            Some(r) => {
                self.rest = r;
                true
            }
            None => false,
        }
    }
    fn eat_any(&mut self, cs: &[char]) -> Option<char> {
        let c = self.peek()?;
        if cs.contains(&c) {
            self.rest = self.rest.get(c.len_utf8()..).unwrap_or("");
            Some(c)
        } else {
            None
        }
    }
    /// Up to `max` ASCII digits, at least one; returns (value, digit count).
    fn digits(&mut self, max: usize) -> Option<(u32, usize)> {
        let n = self
            .rest
            .bytes()
            .take(max)
            .take_while(u8::is_ascii_digit)
            .count();
        if n == 0 {
            return None;
        }
        let (head, tail) = self.rest.split_at(n);
        self.rest = tail;
        head.parse().ok().map(|v| (v, n))
    }
}

pub(super) fn parse_parts(text: &str, year: Option<i32>) -> Result<Parts, TimeError> {
    let malformed = || TimeError::Malformed { text: clip(text) };
    let out_of_range = |reason| TimeError::OutOfRange {
        text: clip(text),
        reason,
    };
    if text.len() > MAX_TIME_TEXT.saturating_mul(4) {
        return Err(malformed());
    }
    let mut s = Scan { rest: text.trim() };

    // Date: YYYY-MM-DD | YYYY/M/D | YYYY年M月D日 | M月D日 (needs `year`).
    let (first, n) = s.digits(4).ok_or_else(malformed)?;
    let (y, m, d);
    let mut iso = false;
    if n == 4 {
        y = i32::try_from(first).map_err(|_| malformed())?;
        if s.eat('年') {
            let (mm, _) = s.digits(2).ok_or_else(malformed)?;
            if !s.eat('月') {
                return Err(malformed());
            }
            let (dd, _) = s.digits(2).ok_or_else(malformed)?;
            if !s.eat('日') {
                return Err(malformed());
            }
            (m, d) = (mm, dd);
        } else {
            let sep = s.eat_any(&['-', '/']).ok_or_else(malformed)?;
            let (mm, mn) = s.digits(2).ok_or_else(malformed)?;
            if !s.eat(sep) {
                return Err(malformed());
            }
            let (dd, dn) = s.digits(2).ok_or_else(malformed)?;
            // ISO needs two digits each; the slash form allows one.
            iso = sep == '-';
            if iso && (mn != 2 || dn != 2) {
                return Err(malformed());
            }
            (m, d) = (mm, dd);
        }
    } else if n <= 2 && s.eat('月') {
        let (dd, _) = s.digits(2).ok_or_else(malformed)?;
        if !s.eat('日') {
            return Err(malformed());
        }
        y = year.ok_or_else(|| TimeError::NoYear { text: clip(text) })?;
        (m, d) = (first, dd);
    } else {
        return Err(malformed());
    }
    let date = NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| out_of_range("month or day"))?;

    // Optional time: [T|t|space] HH:MM[:SS[.fff]]; the plan writes "6月10日17:00".
    let mut time = None;
    let had_sep = s.eat_any(&['T', 't', ' ']).is_some();
    if matches!(s.peek(), Some(c) if c.is_ascii_digit()) {
        let (h, hn) = s.digits(2).ok_or_else(malformed)?;
        if hn != 2 && iso {
            return Err(malformed());
        }
        if !s.eat(':') && !s.eat('：') {
            return Err(malformed());
        }
        let (mi, min_n) = s.digits(2).ok_or_else(malformed)?;
        if min_n != 2 {
            return Err(malformed());
        }
        let (mut sec, mut nano) = (0, 0);
        if s.eat(':') {
            let (ss, sn) = s.digits(2).ok_or_else(malformed)?;
            if sn != 2 {
                return Err(malformed());
            }
            sec = ss;
            if s.eat_any(&['.', ',']).is_some() {
                let (frac, fn_) = s.digits(9).ok_or_else(malformed)?;
                let scale =
                    10u32.checked_pow(u32::try_from(9usize.saturating_sub(fn_)).unwrap_or(0));
                nano = frac.checked_mul(scale.unwrap_or(1)).ok_or_else(malformed)?;
                // Extra digits beyond nanoseconds are refused rather than dropped.
                if matches!(s.peek(), Some(c) if c.is_ascii_digit()) {
                    return Err(malformed());
                }
            }
        }
        if h > 24 || mi > 59 || sec > 59 {
            return Err(out_of_range("hour, minute or second"));
        }
        time = Some((h, mi, sec, nano));
    } else if had_sep {
        return Err(malformed());
    }

    // Optional offset: Z | ±HH[:MM] | ±HHMM.
    let mut offset = None;
    if s.eat('Z') || s.eat('z') {
        offset = Some(0);
    } else if let Some(sign) = s.eat_any(&['+', '-']) {
        let (oh, ohn) = s.digits(2).ok_or_else(malformed)?;
        if ohn != 2 {
            return Err(malformed());
        }
        let om = if s.eat(':') {
            s.digits(2)
                .filter(|&(_, n)| n == 2)
                .ok_or_else(malformed)?
                .0
        } else {
            s.digits(2).filter(|&(_, n)| n == 2).map_or(0, |(v, _)| v)
        };
        if oh > 23 || om > 59 {
            return Err(out_of_range("offset"));
        }
        let secs = i64::from(
            oh.saturating_mul(3600)
                .saturating_add(om.saturating_mul(60)),
        );
        offset = Some(if sign == '-' {
            secs.saturating_neg()
        } else {
            secs
        });
    }
    if offset.is_some() && time.is_none() {
        return Err(malformed());
    }
    if !s.rest.is_empty() {
        return Err(malformed());
    }
    Ok(Parts { date, time, offset })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fixed form's reading is the general one, over the edges of every part.
    #[test]
    fn the_fixed_form_reads_as_the_general_one() {
        let mut read = 0;
        for y in ["0000", "0001", "2020", "2021", "9999"] {
            for mo in 0..=13 {
                for d in 0..=32 {
                    for (h, mi, s) in [
                        (0, 0, 0),
                        (23, 59, 59),
                        (24, 0, 0),
                        (10, 60, 0),
                        (10, 5, 60),
                    ] {
                        let text = format!("{y}-{mo:02}-{d:02}T{h:02}:{mi:02}:{s:02}+08:00");
                        if let Some(at) = fixed(&text) {
                            read += 1;
                            let general = parse_parts(&text, None).and_then(|p| p.instant(&text));
                            assert_eq!(Ok(at), general, "{text}");
                        }
                    }
                }
            }
        }
        // Every valid date of the four years (one a leap year), at both valid times.
        assert_eq!(read, (365 * 3 + 366) * 2);
        for other in [
            "2021-06-15T10:05:00+09:00",
            "2021-06-15 10:05:00+08:00",
            "2021-06-15T10:05:0a+08:00",
            "2021-06-15T10:05:00.5+08:00",
        ] {
            assert_eq!(fixed(other), None, "{other}");
        }
    }
}
