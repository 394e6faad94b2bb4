using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using Xunit.Sdk;

namespace WorkspaceConfigurator.Tests.Support;

/// <summary>
/// Compares text with a checked-in snapshot, using Verify's file names: <c>Snapshots/&lt;name&gt;.verified.yaml</c>
/// next to the calling test file, and <c>&lt;name&gt;.received.yaml</c> for a mismatch. Comparison is byte-for-byte
/// (UTF-8, no BOM, no newline normalisation). Stateless: parallel tests only need distinct names.
/// </summary>
public static class Snapshot
{
    /// <summary>Set to <c>1</c> or <c>true</c> to accept the received text as the new verified snapshot.</summary>
    public const string AcceptVariable = "WSCONF_ACCEPT_SNAPSHOTS";

    private const int MaxDiffLines = 40;

    private static readonly Regex ValidName = new("^[A-Za-z0-9._-]+$", RegexOptions.CultureInvariant);

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Matches against <c>Snapshots/</c> beside the calling source file; accepts when <see cref="AcceptVariable"/> is set.</summary>
    public static void Match(string actual, string name, [CallerFilePath] string sourceFile = "")
    {
        if (string.IsNullOrEmpty(sourceFile))
        {
            throw new ArgumentException("the caller's source path is unknown", nameof(sourceFile));
        }

        var directory = Path.Combine(ResolveSourceDirectory(sourceFile, AppContext.BaseDirectory), "Snapshots");
        var accept = Environment.GetEnvironmentVariable(AcceptVariable) is { } value
            && (value == "1" || value.Equals("true", StringComparison.OrdinalIgnoreCase));
        Match(actual, name, directory, accept);
    }

    /// <summary>Matches against <paramref name="snapshotDirectory"/>; when <paramref name="accept"/> is true a difference overwrites the verified file instead of failing.</summary>
    public static void Match(string actual, string name, string snapshotDirectory, bool accept)
    {
        ArgumentNullException.ThrowIfNull(actual);
        ArgumentNullException.ThrowIfNull(snapshotDirectory);
        if (name is null || !ValidName.IsMatch(name))
        {
            throw new ArgumentException($"snapshot name '{name}' may only contain A-Z, a-z, 0-9, '.', '_' and '-'", nameof(name));
        }

        var verifiedPath = Path.Combine(snapshotDirectory, name + ".verified.yaml");
        var receivedPath = Path.Combine(snapshotDirectory, name + ".received.yaml");
        var actualBytes = Utf8NoBom.GetBytes(actual);
        var verifiedBytes = File.Exists(verifiedPath) ? File.ReadAllBytes(verifiedPath) : null;

        if (verifiedBytes is not null && verifiedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            File.Delete(receivedPath);
            return;
        }

        Directory.CreateDirectory(snapshotDirectory);
        if (accept)
        {
            File.WriteAllBytes(verifiedPath, actualBytes);
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllBytes(receivedPath, actualBytes);
        throw new XunitException(FailureMessage(name, verifiedPath, receivedPath, verifiedBytes, actual));
    }

    /// <summary>
    /// The directory of a [CallerFilePath]. Deterministic CI builds (ContinuousIntegrationBuild) map source paths
    /// to "/_/..."; then the same relative folder is looked up above the test binaries.
    /// </summary>
    internal static string ResolveSourceDirectory(string sourceFile, string baseDirectory)
    {
        var directory = Path.GetDirectoryName(sourceFile);
        if (!string.IsNullOrEmpty(directory) && Directory.Exists(directory))
        {
            return directory;
        }

        var mapped = Regex.Match(sourceFile.Replace('\\', '/'), "^/_[0-9]*/(?<relative>.+)$", RegexOptions.CultureInvariant);
        if (mapped.Success && Path.GetDirectoryName(mapped.Groups["relative"].Value) is { Length: > 0 } relative)
        {
            for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, relative);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"cannot find the source folder of '{sourceFile}' for its snapshots; "
            + "build the tests without path mapping (DeterministicSourcePaths=false)");
    }

    private static string FailureMessage(string name, string verifiedPath, string receivedPath, byte[]? verifiedBytes, string actual)
    {
        var message = new StringBuilder();
        if (verifiedBytes is null)
        {
            message.AppendLine($"Snapshot '{name}' has no verified file yet: {verifiedPath}");
        }
        else
        {
            message.AppendLine($"Snapshot '{name}' differs from {verifiedPath}");
        }

        message.AppendLine($"Received text written to {receivedPath}");
        var expected = verifiedBytes is null ? "" : Utf8NoBom.GetString(verifiedBytes);
        var diff = SnapshotDiff.Describe(expected, actual, MaxDiffLines);
        if (diff.Count == 0)
        {
            message.AppendLine("The texts decode alike but their bytes differ (a BOM or invalid UTF-8 in the verified file).");
        }
        else
        {
            message.AppendLine("--- verified (expected)").AppendLine("+++ received (actual)");
            diff.ToList().ForEach(line => message.AppendLine(line));
        }

        message.Append($"To accept the received text, rerun with {AcceptVariable}=1 (this overwrites the verified file).");
        return message.ToString();
    }
}
