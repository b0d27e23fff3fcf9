using System.Text;
using Microsoft.AspNetCore.Mvc;

namespace LoyaltyArena.Web.Export;

/// <summary>CSV downloads for spreadsheets: UTF-8 with a BOM, every field quoted, formulas neutralised.</summary>
public static class CsvFile
{
    public static FileContentResult Create(string fileName, IEnumerable<string> header, IEnumerable<IEnumerable<string>> rows)
    {
        var csv = new StringBuilder();
        csv.AppendJoin(',', header.Select(Field)).Append('\n');
        foreach (var row in rows) csv.AppendJoin(',', row.Select(Field)).Append('\n');
        return new FileContentResult(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray(), "text/csv") { FileDownloadName = fileName };
    }

    /// <summary>
    /// A leading = + - @ (or a tab or carriage return before one, which spreadsheets skip) would make a spreadsheet
    /// run the cell as a formula (CSV injection, as OWASP lists the characters).
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return "\"" + value.Replace("\"", "\"\"") + "\"";
    }
}
