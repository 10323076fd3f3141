using System.Text;
using CaseSystem.DocumentStore.Storage;

namespace CaseSystem.DocumentStore.Tests.Storage;

public sealed class SafeFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd", "passwd")]
    [InlineData(@"C:\Users\Мария\Documents\заявление.pdf", "заявление.pdf")]
    [InlineData("..\\..\\web.config", "web.config")]
    [InlineData("/", "document")]
    [InlineData("..", "document")]
    public void Folders_are_dropped_and_only_the_last_part_is_kept(string name, string expected)
    {
        Assert.Equal(expected, SafeFileName.Clean(name));
    }

    [Theory]
    [InlineData("акт\u0000.pdf", "акт.pdf")]
    [InlineData("ред\r\nX-Header: 1.pdf", "редX-Header_ 1.pdf")]
    [InlineData("фактура\u202Efdp.exe", "фактураfdp.exe")]
    [InlineData("a\tb\u001B.txt", "ab.txt")]
    public void Control_and_direction_characters_are_removed(string name, string expected)
    {
        Assert.Equal(expected, SafeFileName.Clean(name));
    }

    [Theory]
    [InlineData("CON", "_CON")]
    [InlineData("nul.txt", "_nul.txt")]
    [InlineData("Com1.pdf", "_Com1.pdf")]
    [InlineData("LPT9", "_LPT9")]
    [InlineData("NUL .tar.gz", "_NUL .tar.gz")]
    [InlineData("CONSOLE.pdf", "CONSOLE.pdf")]
    public void Windows_reserved_names_are_prefixed(string name, string expected)
    {
        Assert.Equal(expected, SafeFileName.Clean(name));
    }

    [Theory]
    [InlineData(" .bashrc", "bashrc")]
    [InlineData("решение.pdf. . ", "решение.pdf")]
    [InlineData("...", "document")]
    [InlineData("a<b>c:d\"e|f?g*.pdf", "a_b_c_d_e_f_g_.pdf")]
    public void Dots_spaces_and_characters_windows_forbids_are_handled(string name, string expected)
    {
        Assert.Equal(expected, SafeFileName.Clean(name));
    }

    [Fact]
    public void Cyrillic_names_are_kept_as_they_are()
    {
        var name = "Удостоверение за наследници № 42 (копие).pdf";

        Assert.Equal(name, SafeFileName.Clean(name));
    }

    [Fact]
    public void Decomposed_letters_are_composed()
    {
        var decomposed = "и\u0306од.txt"; // й as и with a combining breve

        Assert.Equal("йод.txt", SafeFileName.Clean(decomposed));
    }

    [Fact]
    public void An_overlong_name_is_cut_to_255_utf8_bytes_and_keeps_its_extension()
    {
        var name = string.Concat(Enumerable.Repeat("Заявление", 60)) + ".pdf";

        var cleaned = SafeFileName.Clean(name);

        Assert.True(Encoding.UTF8.GetByteCount(cleaned) <= SafeFileName.MaxUtf8Bytes);
        Assert.EndsWith(".pdf", cleaned, StringComparison.Ordinal);
        Assert.StartsWith("ЗаявлениеЗаявление", cleaned, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutting_never_splits_a_surrogate_pair()
    {
        var name = string.Concat(Enumerable.Repeat("😀", 100)) + ".png";

        var cleaned = SafeFileName.Clean(name);

        Assert.True(Encoding.UTF8.GetByteCount(cleaned) <= SafeFileName.MaxUtf8Bytes);
        Assert.DoesNotContain('\uFFFD', Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(cleaned)));
        Assert.EndsWith(".png", cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0000\u0001")]
    public void Nothing_left_gives_the_fallback(string? name)
    {
        Assert.Equal("приложение", SafeFileName.Clean(name, "приложение"));
    }
}
