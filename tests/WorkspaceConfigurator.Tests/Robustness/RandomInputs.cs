using System.Text;

namespace WorkspaceConfigurator.Tests.Robustness;

/// <summary>Seeded generators of nasty strings: the same seed gives the same inputs, so a failure reproduces.</summary>
public sealed class RandomInputs(int seed)
{
    private static readonly string[] Fragments =
    [
        "coder", "coder-gpu", "jupyterlab", ":", "=", ".", ",", "env", "node_selector", "extra_resource_limits", "cpu_limit",
        "mem_limit", "gpu_limit", "workspace_volume_size", "groups", "image", "default", "{{", "}}", "{%", "{#", "{", "}",
        " spawner.user.name ", " namespace ", "Gi", "Mi", "G", "m", "e3", "E", "-", "+", "0", "1", "0.5", "9999999999999999999999",
        "yes", "no", "~", "null", "#", " ", "\t", "\n", "\r", "\"", "'", "\\", "ü", "✓", "🎉", "\u0085", "\u2028", "\uFEFF", "\0", "nvidia.com/gpu",
    ];

    private readonly Random random = new(seed);

    public int Next(int max) => random.Next(max);

    /// <summary>A string built from fragments that reach deep into the parsers.</summary>
    public string Fragmented(int maxParts = 8)
    {
        var builder = new StringBuilder();
        var parts = random.Next(maxParts + 1);
        for (var i = 0; i < parts; i++)
        {
            builder.Append(random.Next(4) == 0 ? RandomChar() : Fragments[random.Next(Fragments.Length)]);
        }

        return builder.ToString();
    }

    /// <summary>Any UTF-16 text: printable, control characters, astral characters as surrogate pairs.</summary>
    public string AnyText(int maxLength = 24)
    {
        var builder = new StringBuilder();
        var length = random.Next(maxLength + 1);
        for (var i = 0; i < length; i++)
        {
            builder.Append(RandomChar());
        }

        return builder.ToString();
    }

    private string RandomChar() => random.Next(10) switch
    {
        0 => ((char)random.Next(0, 0x20)).ToString(),
        1 => ((char)random.Next(0x80, 0x800)).ToString(),
        2 => char.ConvertFromUtf32(random.Next(0x10000, 0x10FFFF)),
        3 => ((char)random.Next(0xE000, 0xFFFE)).ToString(),
        4 => " ",
        5 => "\n",
        _ => ((char)random.Next(0x20, 0x7F)).ToString(),
    };
}
