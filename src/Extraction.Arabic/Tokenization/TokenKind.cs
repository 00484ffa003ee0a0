namespace Extraction.Arabic.Tokenization;

/// <summary>What a token is. The JSON form is the lower-case name (<c>"word"</c>, <c>"number"</c>, …).</summary>
public enum TokenKind
{
    /// <summary>An Arabic-script word, clitics attached (<c>والصادرات</c>), marks and tatweel included.</summary>
    Word,
    /// <summary>A word in another script (Latin, Cyrillic, …), possibly hyphenated (<c>Jean-Pierre</c>).</summary>
    Latin,
    /// <summary>A number in ASCII, Arabic-Indic or Persian digits with its group and decimal separators
    /// (<c>1,234.5</c>, <c>٣٫٥</c>), and a year with its era suffix (<c>2021م</c>, <c>2021ء</c>, <c>1443هـ</c>).</summary>
    Number,
    /// <summary>A model designator that mixes letters and digits (<c>Mi-28</c>, <c>S-400</c>, <c>مي-28</c>, <c>F16</c>).</summary>
    Designator,
    /// <summary>Punctuation: one mark, or a run of full stops or of question and exclamation marks.</summary>
    Punctuation,
    /// <summary>A symbol (currency, math, emoji) or a code unit that is no valid text (a lone surrogate).</summary>
    Symbol,
    /// <summary>A web address starting with <c>http://</c>, <c>https://</c> or <c>www.</c>.</summary>
    Url,
    /// <summary>An e-mail address.</summary>
    Email,
    /// <summary>A hashtag (<c>#إيران</c>).</summary>
    Hashtag,
    /// <summary>A user mention (<c>@user</c>).</summary>
    Mention,
}
