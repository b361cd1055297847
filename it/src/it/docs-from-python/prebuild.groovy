// Writes each java block of docs/from-python.md to src/main/java, under its package and public
// class, so that the page cannot show a program that does not compile.
def page = new File(new File(readme).parentFile, 'docs/from-python.md').text
def programs = (page =~ /(?s)```java\n(.*?)```/).collect { it[1] }
assert programs.size() == 21 : "expected the 20 programs and the timed example, found ${programs.size()}"
programs.each { source ->
    def pkg = (source =~ /(?m)^package ([\w.]+);/)[0][1]
    def name = (source =~ /(?m)^public class (\w+)/)[0][1]
    def file = new File(basedir, "src/main/java/${pkg.replace('.', '/')}/${name}.java")
    assert !file.exists() : "two programs named ${pkg}.${name}"
    file.parentFile.mkdirs()
    file.text = source
}
true
