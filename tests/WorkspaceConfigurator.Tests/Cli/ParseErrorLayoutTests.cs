namespace WorkspaceConfigurator.Tests.Cli;

/// <summary>The command-line parser lays some messages out on several lines; wsconf prints every error as one line.</summary>
public sealed class ParseErrorLayoutTests
{
    [Fact]
    public void A_value_outside_the_choices_is_one_readable_line()
    {
        var result = CliRunner.Run("schema", "bogus");
        Assert.Equal(2, result.ExitCode);
        var line = Assert.Single(result.ErrorLines);
        Assert.Equal("error: Argument 'bogus' not recognized. Must be one of: 'values' (see 'wsconf --help')", line);
    }
}
