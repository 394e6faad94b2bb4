using FluentAssertions;
using WorkspaceConfigurator.Hub.Templates;

namespace WorkspaceConfigurator.Tests.Hub.Templates;

public sealed class PlaceholderRendererTests
{
    private static readonly PlaceholderValues Values = new("alice", "team-a");

    [Theory]
    [InlineData("dask-gw-jupyter-{{ spawner.user.name }}", "dask-gw-jupyter-alice")]
    [InlineData("{{spawner.user.name}}@{{namespace}}", "alice@team-a")]
    [InlineData("http://gw.{{   namespace\t}}.svc:80", "http://gw.team-a.svc:80")]
    [InlineData("no placeholders, } or {", "no placeholders, } or {")]
    [InlineData("${HOME} and {x}", "${HOME} and {x}")]
    public void Renders_the_two_placeholders(string text, string expected)
    {
        var result = PlaceholderRenderer.Render(text, Values);
        result.Succeeded.Should().BeTrue();
        result.Text.Should().Be(expected);
        PlaceholderRenderer.FindProblems(text).Should().BeEmpty();
    }

    [Theory]
    [InlineData("x: {{ .Values.x }}", "{{ .Values.x }}")]
    [InlineData("{{ spawner.user.id }}", "{{ spawner.user.id }}")]
    [InlineData("{% if x %}y{% endif %}", "{% if x %}")]
    [InlineData("echo ${#list}", "{#list}")]
    [InlineData("{# note #}", "{# note #}")]
    [InlineData("open {{ namespace", "{{ namespace")]
    public void Reports_anything_else(string text, string expression)
    {
        var result = PlaceholderRenderer.Render(text, Values);
        result.Succeeded.Should().BeFalse();
        result.Text.Should().BeNull();
        result.Problem!.Expression.Should().StartWith(expression);
        PlaceholderRenderer.FindProblems(text).First().Expression.Should().StartWith(expression);
    }

    [Fact]
    public void Finds_every_problem_in_order() =>
        PlaceholderRenderer.FindProblems("{{ namespace }} {{ a }} {% b %} {{ spawner.user.name }} {# c #}")
            .Select(p => p.Expression).Should().Equal("{{ a }}", "{% b %}", "{# c #}");
}
