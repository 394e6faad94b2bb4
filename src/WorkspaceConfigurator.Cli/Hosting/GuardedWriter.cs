using System.Text;

namespace WorkspaceConfigurator.Cli.Hosting;

/// <summary>
/// One of the process's output streams, as a run writes it. A failed write to standard output (a closed descriptor,
/// a reader that went away, a full disk) becomes one <see cref="OutputStreamException"/> naming the stream, so the
/// run ends with exit 1 and says why; a failed write to standard error is dropped, so that an error that cannot be
/// shown still ends the run with its exit code instead of aborting the process (exit 134).
/// </summary>
internal sealed class GuardedWriter : TextWriter
{
    private readonly TextWriter inner;
    private readonly string? failsAs; // the stream's name when a failure is an error; null when it is dropped

    private GuardedWriter(TextWriter inner, string? failsAs)
        : base(inner.FormatProvider)
    {
        this.inner = inner;
        this.failsAs = failsAs;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    /// <summary>Standard output: the first failed write throws, later writes are dropped (the run is ending).</summary>
    public static GuardedWriter Output(TextWriter inner) => inner as GuardedWriter ?? new GuardedWriter(inner, "standard output");

    /// <summary>Standard error: failed writes are dropped.</summary>
    public static GuardedWriter Error(TextWriter inner) => inner as GuardedWriter ?? new GuardedWriter(inner, null);

    /// <summary>True once a write failed; nothing is written after that.</summary>
    public bool Failed { get; private set; }

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        try
        {
            if (!Failed)
            {
                inner.Write(value);
            }
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            Fail(e);
        }
    }

    public override void Write(string? value)
    {
        try
        {
            if (!Failed)
            {
                inner.Write(value);
            }
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            Fail(e);
        }
    }

    public override void Write(char[] buffer, int index, int count)
    {
        try
        {
            if (!Failed)
            {
                inner.Write(buffer, index, count);
            }
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            Fail(e);
        }
    }

    public override void WriteLine(string? value)
    {
        try
        {
            if (!Failed)
            {
                inner.WriteLine(value);
            }
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            Fail(e);
        }
    }

    public override void Flush()
    {
        try
        {
            if (!Failed)
            {
                inner.Flush();
            }
        }
        catch (Exception e) when (IsStreamFailure(e))
        {
            Fail(e);
        }
    }

    // What a write to a closed, broken or full stream throws (a closed descriptor reads as access denied).
    private static bool IsStreamFailure(Exception e) => e is IOException or UnauthorizedAccessException or ObjectDisposedException;

    private void Fail(Exception e)
    {
        Failed = true;
        if (failsAs is not null)
        {
            var reason = e is IOException && e.Message.Length > 0 ? e.Message : "it is closed or cannot be written";
            throw new OutputStreamException($"cannot write to {failsAs}: {reason}", e);
        }
    }
}
