@echo off
rem AlignKit command line for Windows: C1 only, the serial collector and Java's default class-data
rem sharing. JAVA_HOME or the java on the PATH is used (Java 17 or later); JAVA_OPTS go to the JVM.
setlocal
set "HERE=%~dp0.."
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java") else (set "JAVA=java")
"%JAVA%" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xshare:auto %JAVA_OPTS% -jar "%HERE%\lib\alignkit.jar" %*
exit /b %ERRORLEVEL%
