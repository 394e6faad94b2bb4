using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using System.Text.Unicode;

namespace WorkspaceConfigurator.Contract;

/// <summary>
/// Reads the asset files a profile names by path, e.g. <c>coder/config_maps/coder/bash-rc</c>. Each assembly of
/// the profile's class hierarchy is searched in turn, most derived first: an embedded resource with that logical
/// name, else a file under the assembly's folder. So a plugin subclassing a built-in family finds the family's
/// assets, and may shadow one by shipping the same path. A path that leaves the folder is refused, and so is a file
/// that is a symbolic link (or lies under one) leading out of it, so a profile can only read what it, or a class it
/// derives from, ships. Assets are UTF-8: an invalid byte is an error naming the asset and where, never a U+FFFD.
/// </summary>
public sealed class AssetReader
{
    // The profile class and its base classes, most derived first. Their assemblies are looked up only as a search
    // reaches them (a type's assembly is a metadata lookup natively), so most reads touch the first one alone.
    private readonly IReadOnlyList<Type> chain;

    // The texts read so far, by the path asked for: a reader serves every profile of its class.
    private readonly Dictionary<string, string> texts = new(StringComparer.Ordinal);

    private AssetReader(IReadOnlyList<Type> chain) => this.chain = chain;

    /// <summary>A reader searching the assemblies of <paramref name="type"/> and its base classes, most derived first.</summary>
    internal static AssetReader ForType(Type type)
    {
        var chain = new List<Type>();
        for (var t = type; t is not null && t != typeof(object); t = t.BaseType)
        {
            chain.Add(t);
        }

        return new AssetReader(chain.Count > 0 ? chain : [type]);
    }

    // Each assembly of the chain once, in order.
    private IEnumerable<Assembly> Assemblies()
    {
        var seen = new List<Assembly>();
        foreach (var type in chain)
        {
            var assembly = type.Assembly;
            if (!seen.Contains(assembly))
            {
                seen.Add(assembly);
                yield return assembly;
            }
        }
    }

    public string ReadText(string path)
    {
        if (texts.TryGetValue(path, out var known))
        {
            return known;
        }

        return texts[path] = Read(path);
    }

    private string Read(string path)
    {
        var normalized = Normalize(path);
        var searched = new List<string>();
        foreach (var assembly in Assemblies())
        {
            if (ReadEmbedded(assembly, normalized) is { } text)
            {
                return text;
            }

            searched.Add($"no embedded resource of that name in {assembly.GetName().Name}");
            if (FileBeside(assembly, normalized) is var (file, folder))
            {
                if (File.Exists(file))
                {
                    return ReadFile(path, file, folder);
                }

                searched.Add($"no file {file}");
            }
        }

        throw new ProfileException($"asset '{path}' not found: {string.Join(", ", searched)}");
    }

    private static string? ReadEmbedded(Assembly assembly, string name)
    {
        using var embedded = assembly.GetManifestResourceStream(name);
        if (embedded is null)
        {
            return null;
        }

        string text;
        using (var reader = new StreamReader(embedded, Encoding.UTF8, detectEncodingFromByteOrderMarks: false, leaveOpen: true))
        {
            text = reader.ReadToEnd();
        }

        // Invalid bytes came out as U+FFFD: read again, strictly, to name the first one (a real U+FFFD passes).
        if (text.Contains('\uFFFD'))
        {
            var bytes = new byte[embedded.Length];
            embedded.Position = 0;
            embedded.ReadExactly(bytes);
            return Decode(bytes, $"asset '{name}' (embedded in {assembly.GetName().Name})");
        }

        return text;
    }

    private static string ReadFile(string path, string file, string folder)
    {
        // The folder's own links (e.g. a plugin folder that is a link) are fine; a link out of it is not.
        if (!RealPath.IsInside(file, folder))
        {
            var target = RealPath.Of(file);
            throw new ProfileException(target is null
                ? $"asset '{path}': {file} leads to a loop of symbolic links"
                : $"asset '{path}': {file} leads through a symbolic link to {target}, outside {folder}; a profile reads only files its own folder holds");
        }

        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ProfileException($"asset '{path}': cannot read {file}: {e.Message}", e);
        }

        return Decode(bytes, $"asset '{path}' ({file})");
    }

    // UTF-8 without its byte-order mark; an invalid sequence is named by line and byte offset.
    private static string Decode(byte[] bytes, string what)
    {
        var text = bytes.AsSpan();
        if (text.StartsWith("\uFEFF"u8))
        {
            text = text[3..];
        }

        if (!Utf8.IsValid(text))
        {
            var offset = FirstInvalid(text);
            var line = text[..offset].Count((byte)'\n') + 1;
            throw new ProfileException($"{what} is not valid UTF-8: byte 0x{text[offset]:X2} at offset {offset} (line {line}); save it as UTF-8");
        }

        return Encoding.UTF8.GetString(text);
    }

    private static int FirstInvalid(ReadOnlySpan<byte> text)
    {
        var offset = 0;
        while (offset < text.Length)
        {
            if (Rune.DecodeFromUtf8(text[offset..], out _, out var consumed) != OperationStatus.Done)
            {
                return offset;
            }

            offset += consumed;
        }

        return 0;
    }

    // The file under the assembly's folder; null for an assembly loaded from memory. Normalize already refused
    // rooted paths and '..', the prefix check is a second guard for whatever the platform's rules add.
    // IL3000: Location is empty for an assembly compiled into the native binary, which is the case handled first:
    // built-in assets are embedded resources, found before this fallback, and plugins run only in the managed build.
    [UnconditionalSuppressMessage("SingleFile", "IL3000", Justification = "An empty Location is handled: no file beside.")]
    private (string File, string Folder)? FileBeside(Assembly assembly, string normalized)
    {
        if (string.IsNullOrEmpty(assembly.Location) || Path.GetDirectoryName(assembly.Location) is not { Length: > 0 } folder)
        {
            return null;
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
        var file = Path.GetFullPath(Path.Combine(root, normalized));
        return file.StartsWith(root, StringComparison.Ordinal) ? (file, root[..^1]) : throw Escaping(normalized);
    }

    private string Normalize(string path)
    {
        var normalized = path.Replace('\\', '/');
        if (normalized.Length == 0 || normalized.StartsWith('/') || Path.IsPathRooted(normalized) || normalized.Contains(':')
            || HasEmptyOrDotSegment(normalized))
        {
            throw Escaping(path);
        }

        return normalized;
    }

    private static bool HasEmptyOrDotSegment(string path)
    {
        foreach (var part in path.Split('/'))
        {
            if (part is ".." or "" or ".")
            {
                return true;
            }
        }

        return false;
    }

    private ProfileException Escaping(string path) =>
        new($"asset path '{path}' must be relative and stay inside {chain[0].Assembly.GetName().Name}'s folder (e.g. config_maps/my-profile/bash-rc)");
}
