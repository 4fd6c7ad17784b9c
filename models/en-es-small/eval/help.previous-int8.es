Enviar registros
En el control de la barra de herramientas, pulse en el icono de control que quiere añadir.
Crear una variable
atajos de teclado en la vista normal
Introduzca el texto y formato de texto
Elija el archivo - Exportar - Exporta como PDF - Vista previa.
Buscar el segmento de texto que se reemplazará (a número de veces).
Seleccionar el área máximo de impresión en una página
Funciones de Exp
precede o iguales
La propiedad "Frame" es correcta para formas HTML, pero no para las bases de datos.
Especifique la configuración para los grupos de tres grupos. La pestaña tiene la misma distribución.
Permite usar expresiones regulares en la definición de filtro. Para una lista de las expresiones regulares que soporta LibreOffice, pulse aquí aquí.
Alinea el contenido de la celda al borde inferior de la celda.
Desde la base de datos
Puede copiar controles en el documento por el portapapeles (sorden teclas de la orden de comandos de comandos+Clic para copiar y ordenar para insertar «Cll» para insertar). Puede copiar controles ocultos en el Navegador para usarse por arrastre para arrastre-droproptar la orden orden de comandos.
Barra de color
Para Combinar contenidos de celdas
Por ejemplo, la función llama en SQL para calcular un cálculo de SQL:
Seleccione «Y» para activar la función automático para la función de control seleccionada.
Incluye los estilos del borde en el estilo de tabla seleccionado.
Abre el diálogo Seleccionar ruta para seleccionar otra carpeta o el diálogo Abrir al seleccionar otro archivo.
Mostrar o oculta el príncipe vertical. El príncipe vertical puede ser usado para ajustar el margen vertical, las celdas, las celdas, y las alturas en la página.
RIGT(T(" [; Número]
Puede elegir para obtener un mensaje cuando guardare un documento en un formato de formato que no es JPEG o no se establece en el formato predeterminado/Seve en el cuadro de diálogo Opciones -a en el cuadro Opciones.
Modo de texto
Los caracteres
Seleccione el campo de datos que desee ordenar o filas por filas.
Elija Insertar - Tabla de contenidos y índice - Tabla de contenidos de contenido, ndice o Bibliografía -o de pestaña (aqueque el usuario seleccionado)
Color de línea
Abre el equipo.
La constante es la constante en cada período.
Absor determina el tipo de referencia:
Una opción de Windows o UNIX usando los sistemas de GNOME o KDE, esta opción para usar la configuración del sistema. Debe reiniciar LibreOffice a LibreOffice eniciar esta configuración.
Texto: una expresión de cadena que especifica el directorio de ruta o controlador.
Escriba su posición en la sociedad en este campo.
Si la hoja de cálculo está exportada a Microsoft Excel, la función CELIL es exportada como el valor de CELIL. MANTINO que se tiene la función de Excel1. Si se usa para usar la hoja de cálculo de cálculo de cálculo de cálculo de cálculo de CEILIL. RECIIIINO, o 20.10, o CILIL, RECIIIL.
Escriba el nombre del usuario que se requiere a acceso a la base de datos.
Proteger esta hoja y contenido de las celdas protegidas
Permite seleccionar un filtro de importación.
El valor inicial de un valor inicial.
Abre un submenuo. Elija un idioma para el párrafo actual. Escoja No hay ningún conjunto de párrafo actual desde la revisión ortográfica y guiones.
En el cuadro de diálogo de datos puede establecer o cambiar el intervalo de datos de cada componente de cada componente de datos seleccionado.
Introduzca una instrucción en el cuadro Condición. Por ejemplo, usando la variable anteriormente, introduzca, pulse=1=1.
Eliminar la capa activa.
Pulse en donde quiera insertar el archivo.
cuadro de lista de la derecha
ListadoBox1.opciones[0].valor=Valal"
Insertar - comentario
volverá el valor 12.
Continuar a la siguiente página del documento.
Pultos de Calc a abrir LibreOffice LibreOffice Calc
Pulse en el color en la imagen. El color aparece en el cuadro de origen de origen de origen y el cuadro de color siguiente es seleccionado.
Añade el elemento a la lista.
Para crear un GIF:
TODADAD()
=: Les más que o igual a
Previsar a la selección para mover la selección
Insertar - función - categoría financial
rea de
Driftt es el precio de un precio de cotario del porcentaje drit (rueba) en la fórmula). El valor es expresado como un decimal (por ejemplo, introduzca 15 como 0.15).
Obelta: el objeto que el objeto aspectro.
Define el tipo de la propiedad. Los tipos válidos son:
Ocultar un párrafo
Si se activa la casilla de verificación, la lista es válida como el documento actual.
Anchura de página
Calidad JPEG
Resultados en una serie de datos haciado
Convierte en la característica automática automática.
Insertar la fórmula =DCOUTANA(1:10;10; A12:E13) en una celda vacía en la hoja de cálculo para calcular las partes del cálculo de Joetetetes más más más más más más más de 6. El valor 5 está volvió.
59 en la longitud de registro
Establece las opciones de números para todos los niveles.
El uso de uso de URLs está en la interneta cuando especifica páginas web. Exampliaciones para protocolos son http, ftp o fichero. El archivo de protocolo especificado se usa cuando se refere a un archivo local en el sistema local del sistema.
Si arrastre el texto para la vista de contorno de una presentación, se insertará en la ubicación del cursor.
Muestra las marcas del puntero al ratón. Puede mover este punto de ayuda del ratón sobre todos los iconos, los iconos y los menús para obtener una descripción de la orden. El punto de ayuda del ratón está desactivado la vez siguiente ratón en el ratón.
Entra la altura de la fila actual (only en el modo de OpenOffice.orgapilidad).
Establecer fecha/Time
Nueva versión
En todos los tipos de documento, puede abrir el diálogo de hiperenlace para editar un hiperenlace. Primera el cursor en el hiperenlace o directamente en el hiperenlace, pulse en el icono de hiperenlace, pulse en la barra de icono estándar.
=AMSECH(4"-33") -0.0639949999699999999953353333133331.
Lista la sección o objeto que los enlaces enlazados en el archivo de fuente. Si quiere introducir una sección nueva o objeto aquí.
Abre el cuadro de diálogo de direcciones nueva nueva donde puede definir un bloque de dirección nuevo.
ngulo de rotación
Dirección nuevo de enviar
Para eliminar un gráfico dinámica, seleccione el gráfico y pulse en el gráfico.
ON ONpertor
Mover el foco a un elemento a la izquierda en el área de diálogo actual.
Arrastre un título para una ubicación nueva en la lista del Navegador.
NPerer es el número total de períodos, durante la cual se reparan (pacimientos).
Se puede establecer las sanciones usando el príncipe. Para mostrar el príncipe, la vista previa -r.
Cuando se dibujan, muestran las muestras en orden de datos de población. Los muestras de muestran a la población (ususa con con sustituciones). Esta opción se comprobará automáticamente para Periodo. Cuando se dibujan, muestran las muestras en orden aleatorios.
El formato de formato del objeto está definido en el formato - Formato  gráfico - Formato de dibujo - Dibujar objeto. El contenido, tamaño, posición, hiperenlaces, y macros en el objeto no se copian.
El valor es el valor para que se calculará la distribución F.
En la barra de herramientas estándar, pulse en
Introduzca la dirección de tuprotage.
Intervalo de números
Inserta un índice o una tabla de contenido en el documento de documento.
Apendar datos
Deleccionar una Libria
Pulse dos veces para abrir una carpeta para cerrarla y ocultar las páginas subcarnes y ayudar las páginas.
=ROUNUN(2.5) 3.
área de entrada de búsqueda de texto
La opción automática sólo está disponible para enlaces DDE. Puede insertar un enlace DDE por copiar el contenido de un archivo y después de la vista previa del necerado - Editar el cuadro especial, y seleccione el cuadro de enlace. Como se ha seleccionado un enlace en el sistema de texto, sólo se muestran los decimales en la hoja de destino.
Kurtos
Recupción de la hoja de Nadiciones
Obtener función de recursos entexto
El diálogo de ayuda de correo Combinar en las formas y guardar las cartas.
MODE.SNGL
Pulse en el borde del borde para abrir las barras de herramientas, donde puede modificar el borde del área de una hoja o un objeto.
Integer Integer
Para saltos a una celda en una hoja de cálculo, primero en un nombre de celdas (Su nombre de celdas -S de nombre y Expresiones).
Plál es la padecuidad regularmente por período.
Mostrar las diapositivas de las diapositivas
Escriba el número de diapositivas para mostrar cada fila en la diapositiva de diapositivas.
Usar este icono para insertar una vacía. Escriba vacío en la ventana de comandos, en orden para insertar un documento vacío en su documento.
.5 como 0.5 (con dos espacios extra al final)
Ocultar la columna seleccionada(s). Para mostrar columnas ocultas, pulse el botón secundario de la columna de columna, y pulse en las columnas.
Activar se haciado personalizado
Mover el elemento seleccionado en la lista.
Asigna una contraseña maestra para protegir el acceso a una contraseña guardada.
Insertar datos desde las hojas de cálculo
Degradados
Previsar la orden de comandos y pulse en la pestaña de la hoja donde quiera insertar el contenido.
IMAGINANA(Complo")
Seaque también: PUT estado
Ele
Elija LibreOffice LibreOffice -Tools - Opciones - LibreOffice - Ver.
En el cuadro de diálogo BASICIC, abrir el editor de barras de herramientas de la barra de herramientas -s de herramientas -s.
=MULTINININIFI11:H11) de 1260, si 11 (11). Los valores 2, 3 y 4. Estas corresponde a la fórmula =2+3+4) //2!3! 4!)
Seleccione la paleta de color en el cuadro de lista para seleccionar el color para el objeto seleccionado. El color establece la paleta de la paleta.
Un guiones () es una línea de una línea (0.75 pruces).
Seleccione la configuración para documentos de Microsoft Word.
Seleccione la distancia entre las líneas del borde y los caracteres seleccionados en el área de Paddar. Sólo puede cambiar las distancias a los bordes que tienen un borde definido.
LibreOffice Calc guardar todas las hojas del documento de una hoja de documento con documentos HTML. En el principio del documento HTML, una cabeza y una lista de hiperenlaces de hiperenlaces que se añadirán automáticamente en las hojas de documento.
Etiqueta simple
Establece el componente verde en la diapositiva vertical del color vertical, y el componente azul y el componente azul en el campo de dosdiciones de color. Permite valores 0 a 255.
Conectar a una combinación de teclado para comparrollar,
Insertar la fórmula =DSSTAV(1:10 "imos"; A12:E13) en una celda vacía en la hoja de cálculo para calcular las muestras de la línea estándar en el peso del peso de Jogyeves. El valor 5.5 está volvió.
Abre el diálogo Pegar especial.
Devuelve un objeto de Script para que contiene todas las entradas. Las estadísticas del documento están incluirdas. Nota que son especídos para el tipo de documento. Como una entrada, un documento de Calc incluye una entrada «Celtl». No se puede hacer documentos.
... el campo de datos contiene la expresión indicada. La numeración () indica si la expresión indica si la expresión x indica al principio del principio (x), al final del campo (x) o dentro del contenido (x). Puede introducir como sustitutivos en la opción SQL o o el carácter de SQL  o el fichero de impresión () en el sistema de la interfaz de LibreOffice.
Texto FINEDB(s) de texto; Texto [; Posición]
Seleccionar una ventana de color
Después de la búsqueda ha sido trasportados, los documentos de los resultados de los resultados aparecen en una lista. El botón doble doble en una entrada, o seleccionarlo y pulse en la pantalla corresponde a cargar el documento de ayuda.
Crear carpeta nueva
Seleccione el nombre corto del registro bibliografía que desee insertar.
Escriba el nombre del servidor que contiene la base de datos, por ejemplo, por ejemplo ldap.
Dibujar dibujos abiertos de LibreOffice
Segra de Fontwork - edite la forma
Quita el código de referencia seleccionado desde la línea Structur.
Collect al final de la sección
Dibuja un rectángulo donde arrastre en el documento actual. Pulse en el lugar donde quiera que desear una esquina del rectángulo, y arrastre para el tamaño. Para dibujar un cuadrado, rellenar Mayús mientras arrastre.
Crea y guardar las plantillas de texto, entonces se abrirá un documento nuevo en la plantilla de plantilla.
Comando Ctrl+I.
Define si los gráficos en el documento se muestran o ocultas.
Escriba.
El que puede ver la lista de estilo de párrafo aplicado a un contexto de párrafo.
Desplazamiento (Expresiones)
Pruebe de Privatica
Nodo: entrada de datos
Elija un gráfico XY para las tareas siguientes:
Introduzca el ángulo de rotación para las líneas, o pulse en una posición en el ángulo de la rejilla.
funia o magenta
En el cuadro de diálogo de impresión o la configuración de impresión, seleccione la impresora de la lista de impresora y pulse en el cuadro de propiedades. El cuadro de diálogo aparecerá que contiene las páginas que se envertaladas. Esta es donde puede hacer la configuración que se utilizan según el archivo PPD de la impresora seleccionada.
Comprobar este cuadro para asignar el atributo grita para el tipo de letra.
Especifica el carácter que se usará en el archivo importado.
Permite tomar las propiedades del objeto bajo la pila inferior en el orden de la pila.
Inserta un cuadro de texto con el número de página actual.
Errors
Seleccione una zona activa en el mapa de imagen para editar.
Iniciar los saltos de reproducción con Circle
Convierte un final de la nota al pie.
Pulse doble clic para un elemento del gráfico en el modo de gráfico:
Muestra todos los resultados existentes.
Reiniciar en el modo Safe
COUNTIF
Elija la herramienta - Herramientas de palabras
Añade o eliminar números de los párrafos seleccionados.
=DADIS3600-0-00-11;1(s)) de la cantidad de interés de interés de los días de Jaunia, 2000 hasta hoy.
Especifique el campo de enlaces del campo de los campos en el patrón de datos. En el subforme, el campo de enlace se puede establecer como un campo que se coincide con el contenido del campo de enlace.
Las variables en el contenido de los campos de la base de datos
Por defecto 1.3, ampliación
Al Músico que el hombre de la macros para las aplicaciones actuales actuales y cualquier documento abierto.
Resultado de función
El abrir, los altos, y cerrar los valores de una fila con una unidad de los gráficos en el gráfico. Una serie de datos del precio de codificadores de caracteres que contienen filas que contienen las unidades de datos. La columna que contiene el volumen de transacción construir una serie de datos en segundos.
Muestra los siguientes archivos a la impresora predeterminada, después de los archivos que están cerrados. La captura de pantalla no aparecerá.
Localización y nombre del archivo
Escriba el nombre que quiere mostrar en el cuadro de archivo de archivos en el cuadro de diálogo. Debe introducir un nombre único. Para importar filtros, el nombre aparecerá en el cuadro de diálogo de diálogo Abrir. Para exportar filtros, el nombre aparecerá en el cuadro de diálogo de exportación de diálogo Exportar.
Especifica la timando para el efecto actual en el cuadro Opciones de diálogo.
Squar Squar
Invertir la acción de la última orden de la última vez.
Cuando un símbolo está seleccionado, su nombre aparece el símbolo debajo de la lista y un conjunto de símbolos en un cuadro de la derecha. Nota que el nombre debe ser tipos en la ventana de comandos exactamente como se muestran aquí (s mayúsculas y minúsculas).
Devuelve el cotólico hiperbólico de números.
Nuevoton
Especifica que el texto en las celdas puede sucer las otras celdas. Esto puede ser especialmente si hay un espacio de espacio. Esta opción no está disponible con las direcciones diferentes.
Formato - distribución de diapositiva
Guja
Enumera los certificados de confianza.
Representar los botones y Cancelar.
En el área Pegar, solo la casilla de formato de formato. Todas los otros cuadros de otra vez debe ser indefinido. Pulse en OK. O puede pulsar en el botón de formato solo en lugar.
Usar el filtro estándar para refinar y combinar opciones de búsqueda automático.
Claves de atajos
Si no se ha especificado una referencia, el número de la fila de la celda en la fórmula que se hallará. LibreOffice Calc establece automáticamente la referencia a la celda actual.
Escriba un valor para el campo seleccionado.
No se puede escribir ningún programa y experto su propio UN (EN) de objetos de red. Los componentes nuevos puede ser añadidos a los menús de LibreOffice y barras de herramientas; Y llamamos "Add-Od-On".
Anchura de la vista
Abrir una submenuja con las opciones siguientes:
El modo de notas muestra la diapositiva actual en la diapositiva izquierda, la diapositiva no está en la derecha y la siguiente diapositiva actual.
El mismo es una función de cómo crear las funciones con LibreOffice Math. Si quiere usar la fórmula en tu fórmula, copiarla a la ventana de comandos usando la ventana del portapapeles.
Seleccione el tipo de numerales usados dentro de texto, texto, en los campos, y controles, y controles en todos los módulos de LibreOffice. Sólo se afectan los contenidos de LibreOffice LibreOffice.
Creando degradados de degradados
=VERAVEGEF(2:26;".2..2..2.B6.B6)
En el documento de Writer, puede pulsar en cualquier parte en un hiperenlace y editar el texto visible.
Fecha (MDY)
Seleccione la configuración de usuario definidos y establece las reglas para las reglas de la ortográfica.
Elegir formato de menú - Seección... Y seleccione la sección en la lista Seección, o derecho derecho sobre la sección del Navegador en el Navegador y Editar.
CUMIMAM(TIR) NPer; PV; S; E; Tipo)
Alineado, texto wrap, términos, y más más.
El botón derecho en el índice o la tabla del contenido, y elija Editar el índice o el índice de contenido de contenidos.
MEDIN(N(N) 1 [; Número 2 [; ... [; Número 255]]
Escriba una ventana de desplazamiento en la orden en la ventana de comandos para producir dos caracteres con una izquierda (dede a la izquierda a la izquierda) entre ellos. Los caracteres son establecidos que todas las izquierdas de la izquierda de la izquierda es, y todo lo que está á la derecha. Esta orden está disponible en el menú del contexto de la ventana de comandos.
Predeternativamente, usar la cadena de semana «0000001» para la semana.
fórmula (por defecto la matriz)
Seleccionar - Duplicar Duplicar
Insertar hojas, intervalos.
Aplica las propiedades actuales hacia el patrón seleccionado. Si quiere guardar el patrón debajo de un nombre diferente.
Siguiente paso: correo Combinar Wd - Dirección - Dirección
Utilice esta orden para aplicar estilos de letras para aplicar un texto de la selección.
Puede instalar más soltarios como extensiones, si está disponible. Abrir Herramientas - Gestor de extensiones y basasas a la extensión web a la extensión web para buscar las extensiones.
En la palabra de Microsoft y en las versiones actuales de Writer, cabecera de cabecera de página/destimiento y notas al contenido de la nota de la pantalla no está alrededor de la pantalla. El cuerpo del contenido de texto alrededor de pantalla alrededor de la pantalla de la cabecera de la página.
Si no hay valor iguales y no hay resultado predeterminado, es un error N/AMA.
En el menú del contexto de una celda, seleccione Insertar filas -s
Si escogáis esta orden cuando el cursor está en medio de tres veces en medio de tres tablas, se preguntarán para seleccionar la tabla.
por
Contraseña (opcional)
Incrustar marcas
Is othogonal
fórmula: establecer el mínimo y máximo como una fórmula.
Anchura completa
Elija formato - Imprimir intervalos - Define.
Funciones de Hasinters.
Devuelve el número de muestras en períodos que se calculará en mayúsculas y minúsculas de FORCECAS.ENTERTAN o igual que el argumento 1.
=ERROROR.TIO/AN/A)
Copiar toda la hoja
Cuando incluiréis hiperenlaces, dos factores deben ser tomados en cuenta: si se establecen como relativos, y no se guardare, ni el archivo no está presente.
La vista del objeto no está cambiado.
Por defecto
Enversa sin pecador o arcine
Comando las celdas para calcular celdas.
Control de la barra de herramientas, pulse en
Conversión automática para formato de fecha
Editar documentos indivituales
Aplica los cambios que te hizo, y cerrar el diálogo Editar la entrada Bibliografía.
Añade o eliminar un pie de página del estilo de página que seleccione en el submenmen. El pierador está añadido a todas las páginas que usar el mismo estilo de página. En un documento nuevo, solo el estilo «Predeter» se lista de estilo de página. Los estilos de página se añaden a la lista después de aplicarlos en el documento.
Escriba el valor para la opción de datos válidos que se ha seleccionado en el cuadro Permitir.
Las siguientes listas y describe todos los eventos en una forma que pueden enlaces de macros:
Este parámetro no está guardado en el documento pero en la configuración de LibreOffice.
Bloques combinadas
Ctrl Ctrl+ +
El siguiente es un método de cómo se puede combinar el método Flat y Apendend puede combinar tres matrizs.
Descripción de BASA
La función de búsqueda que los valores de los rangos de los límites B2:2 son más que el segundo valor grande en el límite de B2:26, el intervalo de la media media de C26:2. Devuelve 180, porque solo la fila del cuarto participantes en el cálculo.
En la ventana de archivo de base de datos, pulse en el icono de datos.
Barra de herramientas
Línea de firma
Cambiar entre ellos entre las vistas y el objeto de la vista.
Elija elgroup.
función IMCSCH
La línea tremplición: el registro a través de la equación por x+. Intercept no puede fuerza.
Polígo (45)
Línea por (trazo)
Iniciar a una matriz a cero-base con valores numéricos.
Este diálogo sólo está disponible para los gráficos en una tabla de Calc o Writer.
Enlaces a archivos Externales
Líneas automáticas en Writer
El Navegador aparecerá después de crear un documento señor. Para editar un subdo-document, dos veces el nombre del sub-do-documentado en el Navegador.
Claves de atajos en LibreOffice LibreOffice
Especifica un retardo adicional de la segundos hasta los efectos de inicio.
Exporta el documento en formato PDF o formato EPUB.
Estilos condicionales
Especifica el campo que se muestran los datos que se muestran en el cuadro de lista o listas.
Filtros HTML y minúsculas
Formato de formato indivitual
Pasura de LibreOffice de dibujo
O, pulse en la selección para abrir la selección del contexto y el cuadro de celdas de celdas. Si se puede presentar la celda en lugar de la celda y no se puede combinar las celdas de fusión y no se pueden combinar.
Valor de acimal
Página superior o página hacia abajo: la tabla hacia abajo o una página
Seleccione la opción de las filas para summarizar el contenido de las filas seleccionadas en una lista.
Seleccione el tamaño de la tarjeta de la tarjeta de un número de formato predefinido, o un tamaño de formato que especifique en el formato Formato.
Algunos ejemplos muestran los rangos de las operaciones.
Devuelve el valor pequeño para que la distribución binaria binomial es mayor mayor que el valor o igual a un valor.
Muestra la anchura del formato de papel seleccionado. Para definir un formato personalizado, introduzca una anchura aquí.
Fijando un estilo de borde personalizado
Los filtros HTML se utilizan precieramente estas interfazs escuchadas y métodos que se pueden importar y exportar los eventos que se pueden importar. Puede registrar un evento en el foco
En LibreOffice -D de Preferencias -Tool - LibreOffice - LibreOffice puede establecerse desde el año de que tiene una entrada de un número de dos veces se reconoce la entrada de 20x.
Si selecciona «Macro», entonces se puede especificar el botón del botón para especificar una macro para ejecutarse en el evento de error.
Utilice el cuadro de diálogo de datos para seleccionar los cálculos de datos para ser usados para los datos. Para hacer una selección múltiples selección, pulse la clave de comandos al pulsar en el cálculo deseado.
Rutas internos
Ahora puede usar pestaña a seleccionar el objeto siguiente objeto o gráficos de dibujo y Mayús+Tab a seleccionar el anterior.
iguales
Aplicable
Escriba la cantidad de espacio vertical que desee al principio de la conexión.
Iniciar con un documento de Impress vacío.
Seleccione el tipo de WebCas como un tipo de publicación en la página de la exportación HTML.
El número complejo es un número complejo que se calculará.
Para definir una transición de color para las coinaciones, seleccione colores diferentes en el cuadro de inicio y finales. El color inicial es aplicado a el objeto que está duplicada.
Sobreslizando
Devuelve un código numérico para el primer carácter en una cadena de texto.
Circla de Circle, no se hallado
Puede cambiar la secuencia de entrada por pulse en la barra de tipo en la columna. La anchura de columna puede cambiarse por el separador entre las columnas del ratón con el ratón.
Objetos de diálogo de diálogo
Activar slash /
Escriba el efecto de la specidad de la speculación.
En el cuadro de diálogo Tipo de una línea de gráfico o gráficos de gráficos que muestran las líneas, y elema en el tipo de línea de líneas desplegables, pulse en el botón de propiedades.
Sólo visibles al pulsar el botón E en la línea de Struct. Seleccione para mostrar el número de capítulo con separador o sin separador.
Puede ver las fórmulas usando el panel del Elemento. Abrela con el menú Ver - Elemento si no está abierto.
La tabla dinámica muestra los campos de datos como botones que puede arrastrar y se pueden seleccionar la tabla dinámica.
411 (onononon)
Cómo escribir las fórmulas en LibreOffice Math sobre dos líneas (con línea manual):
Este icono cambiar el puntero del ratón para seleccionar el modo, o desactiva este modo. El modo seleccionado se usa para seleccionar los controles de la forma actual.
Pulse en el príncipe de la vez que se establece una pestaña izquierda. Pulse en el icono para la pestaña en el príncipe para ver el contexto del menú en el cual puede cambiar el tipo de pestaña.
Especifica el título del documento.
Especifique el tipo de transparencia que desee aplicar.
=SUMAMA1: calcula el cálculo de todas las celdas de todas las celdas en A101 para E10.
SHETS
Separar
El valor se volvió por los métodos de subformes de los argumentos proporcionados:
Never
Si quiere cambiar un criterio de criterios, puede especificarlo en una celda separada y usar una referencia a esta celda en la condición de la condición AVIGO. Por ejemplo, la función de la función no se puede revertir como:
Botón predeterminado
Escriba el mensaje que quiere mostrar cuando datos no es válido en una celda.
Intervalos de variables independientes (X) (X):
Este añadir el estilo seleccionado al estilo de la tabla actual de las celdas. Seleccione el borde en blanco en el borde superior izquierda de las ventanas de borde para limpiar todos los estilos.
Introduzca las propiedades para cada campo de datos seleccionado. dependiendo en el tipo de base de datos, algunos de entradas pueden ser disponibles.
Cerrar diálogos y descarta todos los cambios.
Combinar delimitadores
Giter
Para insertar un salto de línea de texto en una tabla de texto, pulse en la tecla Introduzca.
Lista de direcciones nueva
Los términos de la celda y sombra siempre se muestran siempre en el modo de color cuando se activan. El color de fondo de la celda se descarta.
Añade la hoja anterior a la selección actual de las hojas actuales. Si todas las hojas en una hoja de cálculo están seleccionada, esta clave de atajos de claves anteriores. Hacer la hoja anterior la hoja actual.
Introduzca la longitud de la focal, donde un valor corresponde a un valor «shes», y un valor grande, y un valor grande.
Seleccione una base de datos que desee insertar el campo seleccionado del campo seleccionado. Puede cambiar la tabla o la consulta que el campo seleccionado.
Introduzca el subtítulo deseado para el gráfico. Este se mostrará debajo del título en el título del campo.
Abre un diálogo para introducir o modificar los títulos en un gráfico. Puede definir el texto para el título principal principal, subtítulos y las etiquetas del eje, y si se muestran.
Inserta un marco flotante en el documento actual. Los marcos son usados en documentos HTML a mostrar el contenido de otro archivo.
Documento de texto automático
Reducir o ensargas la pantalla de la pantalla actual del documento actual. Pulse en la flecha siguiente al icono para abrir la barra de herramientas.
Recalcular todas las fórmulas en todas las hojas.
Cerrar el diálogo de propiedades.
Resolución puede establecer los días, meses, o meses como intervalos.
Reducir o deslar el gráfico
Alinear el texto vertical.
Fecha es la fecha dentro de la semana del calendario.
Estado de escritura...Wende...
Efeciones Walic
Para crear una página web para el documento de Internet, abrir un documento HTML por archivos HTML.
Exportar gráficos como archivos de imagen.
Y Joina una matriz con dos puntos delimitadores, uno para las columnas, por las filas.
Brochura
Generar cada nombre de datos de datos contienen en una base de datos.
Seleccione celdas desde la celda actual a la primera celda de la fila actual.
Elija las herramientas - AutoCoct - Aplicar.
Códigos de formato de números
Esta opción está activa como predeterminado. Todas las series de datos están alineadas al eje Y.
Resultado THEN2
Pulse y arrastre en cualquier dirección para añadir un punto de ancla de anclas.
Bajo a la presencia.
No se pudo
Funciones de TwipsPerxelX
La probabilidad de la probabilidad de CHITATAN puede determinarse con CHIT, en el cual DISTo de la muestra de la muestra de los parámetros aleatorios de la fila.
La matriz menor es posible una matriz 1 o 2 2 x 2. 1 con dos celdas.
Muestra el nombre de una variable de campo. Si quiere introducir un nombre nuevo.
Habilitar soportes CTL usando LibreOffice  Preferencias -Sol - Opciones - Preferencias - Idiomas - idiomas.
Nota que las entradas introducidas aquí sólo sólo se pueden combinar en el formulario si, en la pestaña Tipo de datos debajo de la lista de datos, la opción «Valar» está seleccionado.
Seleccione el archivo de extensión (usualmente un archivo con una extensión de archivo)
Quita todas las pestañas de las pestañas que está definido debajo de la posición. Establece las pestañas izquierdas a los intervalos regulares como las pestañas predeterminadas predeterminadas.
=B8-SUM(B10:B14)
Calcular un valor de fecha desde una cadena de fecha.
Arrastre y combinar
Los criterios de potencia puede ser creados usando expresiones regulares regulares, proviando las expresiones regulares se han activado la expresión regular en las fórmulas en las opciones de LibreOffice -ol en las opciones de LibreOffice LibreOffice -To -H.
Establece el espaciado adicional entre el carácter grande en una fila y los límites de la celda.
Archivo - Abrir
Para ajustar el marco, arrastre los bordes del marco.
Longitud máxima de la barra ():
CEILIL.XCL
Si se usa los paquetes de LibreOffice comprimidos por tu distribución Linux, avanza los pasos debajo de los pasos.
En el cuadro de valor, tipo «5000».
Para formas HTML, puede introducir un valor de lista debajo de contenido. Seleccione la opción "Valuelist" debajo de la lista de contenido. Los valores introducidos aquí no serán visibles en la forma, y se usarán a los valores visibles a las entradas visibles. Las entradas hizo debajo de la lista de contenido HTML a la etiqueta HTML OPIN  VUU...
Esperando Ward
Y ARA
Sirín para ajustar el tamaño de la celda
Usar supersión anterior con la palabra automática automática
Combinar con párrafo
Si quiere extender un pie en el margen de página, inserta un marco en el pie.
Seleccione la ubicación que contiene las macros de macros que quieren o oga.
Seleccionar - siguiente Marcador
Elija el archivo - Vista previa en el navegador web.
Cter.: el valor de selección
Abre las barras de símbolos de la barra de símbolos que puede insertar imágenes en su documento.
Devuelve el cotólico hiperbólico de un número de un número.
Y SeCIN: FALTT.ETS.ETS. FALTIT.ENT.ETSTA. FUTIT. FUTIT.TART.TTAR.TTAR.TTAR. FALTITI.ENT. FUT. FAL. FUTIT. FUT.ENTARTAR.ENTAR.EN.
Muestra las funciones activas alineadas a los objetos relativos a cada uno o a la página relativa a la página.
En uno de las celdas introduzcan la fórmula =RAN(), y puede obtener un número aleatorio entre 0 y 1. Si quiere ser enteros entre 0 y 50, introduzca la fórmula =TAN(N)
Elija Formato - columnas - Optal del ancho.
Contenido de contenidos, marcar negro y pulse en OK.
Convierte un punto de esquina o punto tétérica en un punto de suavizado. Los puntos de control de la esquina del punto de esquina están alineadas en paralelo, y solo puede moverse simulta. Los puntos de control pueden diferentes en la longitud, permitirlelele a la curva de la curva.
Pulse aquí y luego, seleccione el orden personalizado que desee.
Envuelto es la mama.
Cuando se ha cambiado la ubicación del documento, por ejemplo, por ejemplo después de un archivo - Guardar.
Definir gráficos o color en la página de fondo de página (Waterk)
Seleccione el origen de la hoja para imprimirse. Los valores posibles de impresión son todas las hojas y las hojas seleccionadas.
Final horizontal
Compruebe el cuadro de cuadro de diálogo «unterterter» si es un estado de disco--state, la casilla de verificación es deseleccionado.
Texto: la cadena de texto para reemplazar la expresión de la expresión (Mida).
Limes inferiores
Comando Ctrl+ teclas
Actualizar las papeleras
Herece las funciones en 256gigis para mediciones de mebibibibytes, deviendo el valor 32768. Las unidades Both (bit) y byte) son en la información de grupo y soportes binarios.
Elija Formato - párrafo, y pulse en el esquema y pulse en la pestaña.
Dibuja un conector de línea completa. Pulse en un punto de gluebe en un objeto, arrastre para a un punto de otro objeto, y la parte del objeto.
Incluir estilos de fondo en el estilo de tabla seleccionado.
En los documentos de texto puede encontrar las palabras, los estilos, estilos y más. Puede navitar desde un resultado al siguiente, o no puede resaltar todos los resultados en una vez, luego aplicar otro formato o reemplazar las palabras de texto.
Arrayado de cadenas
Estas añadir los recursos para contener las versiones de la versión de todas las propiedades de diálogo. El establecido de las cadenas del idioma predeterminado es copiado a la nueva cadena de cadenas. El tema, puede cambiar al idioma nuevo y se aplazar las cadenas de las cadenas.
Como la contraseña maestra. Si la contraseña maestra es correcta, muestra el diálogo de conexión web.
Mayús+CommandrC+F5
Todas las celdas con contenidos que se incluiron en la selección ahora.
Elija las herramientas - Detective - Detectar dependientes.
El número de Fracción es un número dado como un decimal de fracción.
Permite crear las firmas XAdN para las firmas X y OXXML, PAAX para las firmas PDF.
Rellenar carácter
Botón ABCD
Anchura Optimal
Muestra la presentación de LibreOffice en la pausa. No se puede encontrar el cambio.
Abre un menú de contexto.
Translación de control en el editor de diálogo
"color" y "font... como «size» como «n» (n» es una operación precedente precedente de los mismos
Insertar y Editar pestañas
Funciones de fecha de fechaD
Elija las herramientas -o nonotaciones y finales - no se finales -notaciones
Seleccione el formato del archivo para guardar el documento. En el área de mostrar, solo el documento con este tipo de archivo se muestra. Los tipos de archivos son describe en la información de Importación y Exportar filtros.
Referencias representan las referencias a una celda o intervalo de celdas.
Isuebe la fecha del problema de seguridad.
atajos de teclado en las diapositivas
Introduzca el número de filas o columnas que quieren desgloses seleccionados en las celdas seleccionadas.
La entrada coincide con un criterio de filtro.
Ordena la selección del alto hasta el valor bajo, o desde el valor bajo hasta el valor alto. Los campos de ordenación están ordenadas por tamaño y campos de texto por el orden de los caracteres. Puede definir las reglas de ordenación en datos - Ordenar - Opciones. Debe definir la predeterminada en LibreOffice -Tools - Opciones - Opciones - Idiomas - idiomas.
El nombre de archivo introducido se usará por el cambio para cambiar las diapositivas. Seleccione un directorio vacío.
Subformes
No es posible imprimir una imagen grande en dos páginas. Cortar la imagen en dos partes, y insertar cada parte en páginas diferentes.
Por ejemplo de ejemplo, introduzca la fórmula en la celda A1 de hoja de hoja1:
AVERAGE, ARGEN, COUTA, MUTA, MART, MOCIPO, SUT.ST, SIV, SIP.NT, SIG.DENTIN. ARG.DEN, ARGEN.
El error VUEN es resucita si todos los argumentos se descartan.
=RECEVEVEEV(99-0-0-152;299-99-150;0;0;50;552.442.
No se ha hecho ningún cambios en la selección actual, y toda la misma selección se detectará automáticamente. La palabra siguiente o carácter será seleccionado para conversión. La lista de texto se ignorará válida para la sesión actual.
Formato automático automático automáticamente una serie en un patrón definido en un patrón definido.
Pulse en el icono de hiperenlace en la barra estándar, pulse en documento.
Fuerer
Especifica el color para resalalar las desplaciones en un documento.
Las señales de la tesela () le darán una línea de nico/thickk (2.25 prutrias).
Seleccione la opción Brochura para imprimir el documento en formato brochura. Y no puede mostrar si quiere imprimirse delante de la parte, ni al lado de la parte de la brochura.
Formato de impresión
Los datos se deben obtener el texto como texto; no hay conversión a números
La función no se puede usar en las coordenadas carcarios a las coordenadas a las coordenadas.
Intervalor
Manualmente en
Ctrl Ctrl+H
Apple Macintosh (Turk)
Pulse en otra celda y luego, pulse en la celda en el tipo de celdas donde el número.
borrar - inmediatamente eliminar el contenido de la celda, sin el diálogo.
Pulse en el botón para asignar el botón.
Todos los campos de formato (date, monedas, monedas, llamadamente están automáticamente en el formato seleccionado como se dejaron en el formato de entrada. cuánto que se ha introducido la entrada de la entrada.
Inserta el plolocar antes de la página actual en el documento.
Con el asistente, puede modificar sus entradas y las opciones en cualquier tiempo. Puede omitir una página completa o todos los asistentes de las páginas, en el que se activan la configuración actual (o) en efecto.
después de texto automático está insertado
Reproducir el efecto de animación de animación. Para especificar el número de veces para reproducir el efecto, limpia esta casilla de verificación, y introduzca un número en el cuadro Continuar.
Con el componente de color vertical del componente puede modificar el valor de cada componente de color. Con el color más pequeño puede seleccionar el componente de color aproximado.
Máximo 1 [Num; Número 2 [; ... [; Número 255]]
Seleccione el cuadro de expresión Regular la casilla de Regular.
macros en Microsoft Office y LibreOffice
Dibuja un rectángulo vacío donde arrastre en el documento actual. Pulse en el lugar donde quiera que se redondear un rectángulo, arrastre para arrastrar el tamaño. Para dibujar un punto redondeado, repartió la Mayús mientras se arrastre.
Separación de punto y un Pasución grita
Muestra la plantilla que se usa para crear el archivo.
FORECAST.LINENEAR(Val; DatosY; DatosX)
Elegir opción - Arranja - Enviar a fondo (Licia el dibujo de dibujo).
Editor de patrones
Texto de texto al marco.
lutine
Elija Herramientas - capítulos y pulse en la pestaña Número.
DADADINA
Creando controles en el editor de diálogo
Esta función está disponible desde LibreOffice 6.4.
Inglés US
Para listar listas, seleccione el valor del elemento de la lista.
Documentos de documento y Subdocumentas
El valor vacío indica que las variables no se iniciale.
WEIBULL
Minute
Escalar todos los brackackes
