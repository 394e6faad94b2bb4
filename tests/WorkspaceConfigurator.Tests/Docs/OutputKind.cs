namespace WorkspaceConfigurator.Tests.Docs;

/// <summary>How a page's output is compared with what wsconf prints: the marker's keyword says which (docs/tests.md).</summary>
internal enum OutputKind
{
    /// <summary><c>output of:</c> the whole standard output, exactly.</summary>
    Output,

    /// <summary><c>excerpt of:</c> the lines appear in the standard output, in this order.</summary>
    Excerpt,

    /// <summary><c>stderr excerpt of:</c> the lines appear on standard error, in this order (warnings, notes).</summary>
    StderrExcerpt,

    /// <summary><c>error of:</c> the one error line on standard error, and the exit code.</summary>
    Error,

    /// <summary><c>rows of:</c> a table with a row per line of the output, in its order.</summary>
    Rows,
}
