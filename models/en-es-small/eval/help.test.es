Enviar registros
En la barra de herramientas Controles de formulario, pulse en el icono del control que quiera añadir.
Para crear una variable
Combinaciones de teclas en la vista normal
Escribir y formatear textos
Vaya a Archivo ▸ Exportar a ▸ Exportar a PDF ▸ pestaña Vista inicial.
Buscar_texto es el segmento de texto que se va a sustituir (un número de veces).
Selección de la máxima área imprimible de una página
Función Exp
precede o equivale a
La propiedad «Marco» es relevante para los formularios HTML, pero no para los formularios de base de datos.
Especifique la configuración de hasta tres grupos de subtotales. Cada pestaña tiene la misma disposición.
Le permite utilizar expresiones regulares en la definición del filtro. Para obtener una lista de las expresiones regulares que LibreOffice admite, consulte esta página.
Alinea el contenido de las celdas en la parte inferior de la celda.
De la base de datos
Los controles se pueden copiar mediante el portapapeles (combinaciones de teclas: ⌘Ctrl + C para copiar y ⌘Ctrl + V para pegar). Es posible copiar controles ocultos en el Navegador de formularios mediante la técnica de arrastrar y colocar, con la tecla ⌘Ctrl oprimida.
Barra de colores
Para combinar el contenido de celdas
En SQL la función para sumar, por ejemplo, se presenta del modo siguiente:
Seleccione «Sí» para activar la función de relleno automático en el control seleccionado.
Incluye estilos de borde en el estilo de tabla seleccionado.
Abre el cuadro de diálogo Seleccionar ruta para seleccionar otra ruta, o el cuadro Abrir para seleccionar otro archivo.
Muestra u oculta la regla vertical. Puede utilizar la regla vertical para ajustar los márgenes verticales de la página, las celdas en las tablas y las alturas de cualquier objeto de la página.
DERECHA("Texto" [; Número])
Se puede hacer aparecer una advertencia al guardar un documento en un formato que no sea OpenDocument o que no se haya configurado como formato predeterminado en la sección Cargar/guardar ▸ General del cuadro de diálogo Opciones.
Modo texto
Caracteres laosianos
Seleccione el campo de datos por el cual se han de ordenar las columnas o las filas.
Escoja la pestaña Insertar ▸ Sumario e índice ▸ Sumario, índice o bibliografía ▸ Tipo (cuando el tipo seleccionado es «Definido por el usuario»)
Color de línea
Abre el Diccionario de sinónimos.
Pago es la renta constante pagada en cada período.
Abs determina el tipo de referencia:
En sistemas Windows o UNIX que utilicen GNOME o KDE, esta opción indica a LibreOffice que debe utilizar la configuración del sistema. Para activar esta configuración debe reiniciar LibreOffice.
Texto: Cualquier expresión de cadena que especifique la ruta de la carpeta o la unidad.
Escriba en este campo su cargo dentro de la empresa.
Si el libro se exporta a Microsoft Excel, la función MULTIPLO.SUPERIOR se exportará como la función equivalente MULTIPLO.SUPERIOR.MAT, la cual existe desde Excel 2013. Si tiene pensado utilizar el libro con versiones anteriores de Excel, elija entre emplear MÚLTIPLO.SUPERIOR.EXACTO, disponible desde Excel 2010, o MULTIPLO.SUPERIOR.XCL, la cual se exporta como MULTIPLO.SUPERIOR, compatible con todas las versiones de Excel.
Escriba el nombre de usuario necesario para acceder a la base de datos.
Proteger esta hoja y el contenido de las celdas protegidas
Permite seleccionar un filtro de importación.
Costo es el valor inicial de un activo.
Abre un submenú. Elija un idioma para el párrafo actual. Elija «Ninguno» para excluir el párrafo actual de la revisión ortográfica y de la división silábica.Elija «Más» para abrir un cuadro de diálogo con más opciones.
En la ventana Intervalos de datos puede establecer o modificar el intervalo de datos de cada componente de la serie de datos seleccionada.
Introduzca una instrucción en el cuadro Condición. Por ejemplo, si usa la variable definida anteriormente, escriba Ocultar==1.
Borra la capa activa.
Pulse allí donde quiera insertar el archivo.
Cuadro de lista derecho
ListBox1.options[0].value="Valor"
Insertar ▸ Comentario
devuelve el valor 12.
Acto seguido puede pasar a la pantalla siguiente del Conversor de documentos.
Hoja de cálculo de Calc abre LibreOffice Calc
Pulse el botón izquierdo del ratón cuando haya encontrado el color que se deba sustituir. Este color se incluirá automáticamente en la primera de las cuatro líneas de la ventana Pipeta.
Agrega el elemento a la lista.
Para crear un GIF animado:
HOY()
<=: menor que o igual a
La tecla Intro mueve la selección hacia
Insertar ▸ Función ▸ categoría Finanzas
asterisco *
Deriva es la tasa de variación porcentual anual del precio de las acciones (µ en la fórmula anterior). El valor se expresa como un decimal (por ejemplo, ingrese 15% como 0.15).
unoobject: el objeto que se inspeccionará.
Define el tipo de la propiedad. Los valores válidos son:
Para ocultar un párrafo
Si activa la casilla de verificación, la lista solo será válida mientras el documento actual esté abierto.
Anchura de página
Calidad de JPEG
Da como resultado una serie de datos alisados
Activa la función de visualización automática.
Inserta la fórmula =BDCONTARA(A1:E10;; A12:E13) en una celda vacía de otro lugar de la hoja para calcular cuántos de los invitados a la fiesta de Joe viajan más de 600 metros hasta la escuela. Nos devolverá el valor 5.
59 Longitud de registro incorrecta
Establezca las opciones de numeración para todos los niveles.
El uso más común de los URL en Internet es especificar páginas web. Algunos ejemplos de protocolos son http, ftp o file. El especificador de protocolo file se usa para hacer referencia a un archivo del sistema de archivos local.
Si arrastra el texto al modo esquema de una presentación, se insertará en la posición del cursor.
Aparecerá un signo de interrogación junto al puntero del ratón. A partir de este momento podrá apuntar con este puntero de ayuda cualquier control, icono u orden de menú para obtener una descripción de la orden respectiva. Se desactivará el puntero de ayuda cuando pulse un botón del ratón.
Disminuye la altura de la fila actual (solo en el modo de compatibilidad heredado de OpenOffice.org).
Fijar fecha/hora
Versiones nuevas
En todos los tipos de documentos, es posible abrir el cuadro Hiperenlace para editar un hiperenlace. Primero, coloque el cursor en el hiperenlace o justo antes de este y, a continuación, pulse en el icono Hiperenlace de la barra Estándar.
=IM.SECH("4-3i")devuelve -0.0362534969158689+0.00516434460775318i.
Muestra la sección o el objeto al que el enlace hace referencia en el archivo de origen. Si así lo desea, puede introducir aquí otra sección u objeto.
Abre el diálogo Nuevo bloque de direcciones, en el que se puede definir un diseño de bloque de direcciones nuevo.
Ángulo de giro
Dirección nueva de remitente
Para eliminar un gráfico dinámico, selecciónelo y oprima la tecla Supr.
Operador AND
Desplaza el foco un elemento a la izquierda en el área actual del diálogo.
Arrastre un título a una ubicación nueva en la lista del Navegador.
NPer es el número total de períodos durante los cuales se efectúan los pagos (período de pago).
Es posible también definir sangrías con ayuda de la regla. Para mostrar la regla, accione Ver ▸ Regla.
Cuando está marcada, las muestras se extraen en el orden de los datos de población. Las muestras no se devuelven a la población (exclusivo conCon reemplazo). Esta opción se comprueba automáticamente para el muestreo Periódico. Cuando no se marca, las muestras se extraen en orden aleatorio.
Copia el formato del objeto definido en los cuadros de diálogo Formato ▸ Imagen y Formato ▸ Objeto. No se copia el contenido, ni el tamaño, la posición, los hiperenlaces o las macros del objeto.
Número es el valor para el cual se calculará la distribución F.
En la barra de herramientas Estándar, pulse en
Escriba la dirección de su página principal de Internet.
Intervalo numérico
Inserta un índice o un sumario en el patrón de documento.
Anexar datos
Eliminar una biblioteca
Pulse dos veces en una carpeta abierta para cerrarla y ocultar las subcarpetas y páginas de ayuda contenidas en ella.
=REDONDEAR(2,5) devuelve 3.
Área de búsqueda por texto
La opción Automático está disponible solo para los enlaces DDE. Puede insertarse un enlace DDE al copiar el contenido de un archivo y pegarlo mediante Editar ▸ Pegado especial y la casilla Enlazar. Como DDE es un sistema de enlaces basado en texto, únicamente los decimales mostrados se copiarán en la hoja de destino.
Curtosis
Restricciones en los nombres de las hojas
Función GetDefaultContext
El cuadro de diálogo Combinar correspondencia le ayuda a imprimir y guardar cartas modelo.
MODA.UNO
Pulse en el icono Bordes para abrir la barra de herramientas de bordes, que permite modificar el borde de un área de página o un objeto.
Entero uniforme
Para saltar a una celda de la hoja de cálculo, escriba un nombre para la celda primero (Hoja ▸ Intervalos y expresiones con nombre ▸ Definir).
Pago es la renta pagada regularmente por periodo.
Mostrar la vista general de diapositivas
Introduzca el número de diapositivas que debe mostrarse en cada fila en el Clasificador de diapositivas.
Use este icono para insertar un conjunto vacío. Escriba emptyset en el cuadro Órdenes para insertar un conjunto vacío en el documento.
,5 como 0,5 (con dos espacios adicionales al final)
Oculta la columna(s) seleccionada(s). Para mostrar columnas ocultas, con el botón secundario del ratón pulse en cualquier cabecera de columna y seleccione Mostrar columnas.
Activar semilla personalizada
Desplaza el elemento seleccionado hacia arriba en la lista.
Permite asignar una contraseña maestra para proteger el acceso a las contraseñas almacenadas.
Insertar datos a partir de hojas de cálculo
Degradados
Oprima ⌘Ctrl y pulse en la pestaña en la que quiere insertar el contenido.
IMAGINARIO("Número Complejo")
Consulte también: Instrucción PUT
Ana
Vaya a LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ LibreOffice ▸ Ver.
En el editor de cuadros de diálogo del EID de Basic, abra la barra de herramientas Idioma yendo a Ver ▸ Barras de herramientas ▸ Idioma.
=MULTINOMIAL(F11:H11) devuelve 1260, si F11 a H11 contiene los valores 2, 3 y 4. Esto corresponde a la fórmula =(2+3+4)! / (2!*3!*4!)
Seleccione la paleta de colores en el cuadro de lista y elija el color del objeto seleccionado. El conjunto de colores de la paleta se muestra debajo.
Tres guiones bajos (_) crean una línea sencilla (de un grosor de 0,75 pt).
Seleccione la configuración para los documentos de Microsoft Word.
Elija la distancia que debe haber entre las líneas de los bordes y los caracteres seleccionados en el apartado Separación. Solo es posible modificar las distancias de los lados que tengan un borde definido.
LibreOffice Calc guarda todas las hojas de un documento de Calc en un único documento HTML. Al principio de dicho documento se añaden un título y una lista de hiperenlaces a cada una de las hojas del documento.
Etiqueta única
Establece el componente verde modificable en el control deslizante vertical, así como los componentes rojo y azul modificables en el campo bidimensional de selección de color. Se permiten valores entre 0 y 255.
Conecte una pantalla auxiliar con el equipo.
Inserta la fórmula =BDDESVEST(A1:E10; "Peso"; A12:E13) en una celda vacía de otro lugar de la hoja para calcular la desviación estándar muestral de los pesos en kg de los invitados a la fiesta de Joe. Nos devolverá el valor 5,5.
Abre el cuadro de diálogo Pegado especial.
Devuelve un objeto ScriptForge.Dictionary que contiene todas las entradas. Las estadísticas del documento también se incluyen. Observe que los elementos del diccionario dependen del tipo de documento. Por ejemplo, un documento de Calc incluye una entrada «CellCount», mientras que otros tipos de documento no tienen esa entrada.
… el campo de datos contiene la expresión indicada. El sustitutivo «*» indica si la expresión «x» ocurre al principio (x*), al final (*x) o dentro del contenido del campo (*x*). Puede introducir como sustitutivo en consultas SQL ya sea el carácter SQL «%» o el familiar sustitutivo de sistema de archivos (*) por medio de la interfaz de LibreOffice.
ENCONTRARB(Buscar texto; Texto [; Posición])
Ventana Elija un color
Una vez efectuada la búsqueda, los títulos de los documentos resultantes aparecerán en una lista. Pulse dos veces en una de las entradas o selecciónela y pulse Mostrar para cargar el documento de Ayuda correspondiente.
Crear directorio nuevo
Seleccione el nombre abreviado de un registro bibliográfico que quiera insertar.
Escriba el nombre de anfitrión del servidor que contiene la base de datos; por ejemplo, ldap.servidor.com.
Dibujo de Draw abre LibreOffice Draw
Forma de Fontwork: edita la forma
Quita el código de referencia seleccionado de la línea Estructura.
Recoger al final de la sección
Permite trazar un rectángulo en el sitio del documento actual donde arrastre el puntero. Pulse allí donde desee ubicar una esquina del rectángulo y, a continuación, arrastre hasta que este tome el tamaño que quiera. Para dibujar un cuadrado, mantenga oprimida la tecla Mayús mientras arrastra.
Crea y guarda la plantilla para fax; a continuación, abre un nuevo documento de fax basado en dicha plantilla.
Oprima ⌘Ctrl + K.
Define si se muestran u ocultan los gráficos del documento.
Oprima Intro.
He aquí una lista de todos los estilos de párrafo aplicables a un contexto.
Fix (Expresión)
Normativa de privacidad de YouTube
Deshacer: entrada de datos
Escoger un gráfico XY para las siguientes tareas de ejemplo:
Escriba el ángulo de giro de las líneas de la trama o pulse en una posición de la cuadrícula de ángulos.
fuchsia o magenta
En el cuadro de diálogo Imprimir o Configuración de impresora, seleccione una impresora en el cuadro Impresoras y pulse en Propiedades. Aparecerá el cuadro de diálogo Propiedades, que contiene varias pestañas. Aquí se pueden establecer los ajustes a utilizar de acuerdo con el archivo PPD de la impresora seleccionada.
Active esta casilla para aplicar el atributo negrita al tipo de letra.
Especifica el juego de caracteres que se debe utilizar en el archivo importado.
Las formas tienen sobre las propiedades de la parte inferior del objeto en el orden de apilamiento.
Inserte un cuadro de texto con el número de la página actual.
Errores
Selecciona una zona activa en la imagen interactiva para editarla.
Conector directo con círculo al comienzo
Convierte una nota final en una nota al pie.
Pulse dos veces en un elemento del gráfico en el modo de edición:
Muestra todos los diseños existentes.
Reiniciar en modo a prueba de errores
CONTAR.SI
Vaya a Herramientas ▸ Contador de palabras
Añade o quita numeración en los párrafos seleccionados.
=DIAS360("2000-01-01";AHORA()) devuelve el número de días de interés entre el 1 de enero de 2000 y hoy.
En los campos de datos del formulario maestro, especifique Vincular campos maestros. En el subformulario, el campo Vincular con se debe configurar como campo que coincida con el contenido de Vincular campos maestros.
Variables basadas en el contenido de los campos de la base de datos
ODF 1.3 ampliado
Le permite gestionar las bibliotecas de macros de la aplicación actual y cualquier documento que esté abierto.
Resultado de la función
La apertura, el bajo, el alto, y el cierre de los valores de una fila constituyen una unidad de datos en el gráfico. Una serie de datos del precio de la acción consiste en varias filas que contienen las unidades de datos. La columna que contiene el volumen de transacción se basa en una segunda serie de datos opcional.
Imprime los archivos especificados mediante la impresora predeterminada y los cierra a continuación. No aparece la pantalla de presentación.
Ubicación y nombre de archivo
Escriba el nombre que se debe mostrar en el cuadro Tipo de archivo de cuadros de diálogo de archivos. Debe especificar un nombre único. Para filtros de importación, el nombre aparece en el cuadro Tipo de archivo de los cuadros de diálogo Abrir. Para filtros de exportación, el nombre aparece en el cuadro Formato de archivo de los cuadros de diálogo Exportar.
Determina el control del tiempo del efecto actual en el diálogo Opciones de efectos.
Ji al cuadrado
Revierte la acción de la última orden Deshacer.
Cuando se selecciona un símbolo el nombre de la orden aparece bajo la lista de iconos y aparece una versión ampliada en un cuadro de la derecha. Observe que el nombre se debe escribir en el cuadro Órdenes exactamente igual que como se muestra aquí (diferenciando las mayúsculas de las minúsculas).
Devuelve la cosecante hiperbólica de Número.
Neutonio
Especifica que el texto de las celdas se puede superponer a otras celdas. Puede ser especialmente útil si hay falta de espacio. Esta opción no está disponible con orientaciones de títulos diferentes.
Formato ▸ Disposición de diapositiva
Guyaratí
Enumera los certificados de confianza.
Mostrar los botones «Reintentar» y «Cancelar».
En el apartado Pegar, marque únicamente la casilla Formatos. Todas las demás casillas deben estar desmarcadas. Pulse en Aceptar. O bien, puede pulsar en el botón Solo formatos.
Utilice el Filtro predeterminado para refinar y combinar opciones de búsqueda del Filtro automático.
Utilizar combinaciones de teclas
Si se omite la referencia, la función calcula el número de fila de la celda en la que se introduce la fórmula. LibreOffice Calc establece automáticamente la referencia a la celda actual.
Escriba un valor para el campo seleccionado.
Los programadores pueden guardar sus propios componentes UNO (Universal Network Objects, objetos de red universales) para LibreOffice. Esos nuevos componentes se pueden añadir a los menús y barras de herramientas de LibreOffice; son conocidos como "Add-ons".
Ajustar a anchura
Abre un submenú con las opciones de órdenes enumeradas a continuación:
El modo Notas muestra la diapositiva actual a la izquierda, las notas de la diapositiva a la derecha y la próxima diapositiva debajo de la actual.
A continuación se incluye un ejemplo de cómo utilizar LibreOffice Math para crear funciones. Para adoptar la sintaxis del ejemplo en un caso práctico copie el contenido del cuadro Órdenes mediante el portapapeles.
Selecciona el tipo de numerales que se deben usar dentro del texto, el texto en los objetos, los campos y los controles, en todos los módulos de LibreOffice. El contenido de las celdas de LibreOffice Calc es el único que no se ve afectado.
Rellenos con degradados
=PROMEDIO.SI(A2:A6;".*"&E2&".*";B2:B6)
En los documentos de Writer puede pulsar en cualquier parte de un hiperenlace y editar el texto visible.
Fecha (MDA)
Seleccione los diccionarios definidos por el usuario y defina las reglas de revisión ortográfica.
Vaya a Formato ▸ Secciones y seleccione la sección deseada de la lista Sección, o bien, pulse con el botón secundario del ratón en la sección deseada en el Navegador y elija Editar.
PAGO.INT.ENTRE(Tasa; NPer; VA; S; E; Tipo)
Alineación, ajustar texto, bordes externos, y más.
Pulse con el botón secundario del ratón en el índice o el sumario y elija Editar índice o sumario.
MEDIANANúmero 1 [; Número 2 [; ... [; Número 255]].
Escriba a widebslash b en el cuadro Órdenes para producir dos caracteres con una barra oblicua inversa (desde la parte superior izquierda a la parte inferior derecha) entre ambos. El carácter que se encuentre a la izquierda de la barra se posicionará abajo; el que se encuentre a la derecha, arriba. Esta orden también está disponible en el menú contextual del cuadro Órdenes.
Alternativamente, puede emplear la cadena «0000001» para definir el domingo como único día del fin de semana.
C (fórmula matricial forzada)
Vaya a Editar ▸ Duplicar
Insertar hojas e intervalos.
Aplica las actuales propiedades de trama a la trama seleccionada. Si lo desea, guarde el modelo con otro nombre.
Próximo paso: Asistente para combinar correspondencia. Direcciones
Utilice esta orden para aplicar rápidamente estilos de tipo de letra a una selección de texto.
Puede instalar más motores del Solver a través de extensiones. Accione el menú Herramientas ▸ Gestor de extensiones y diríjase al sitio web de las extensiones para encontrarlas.
En Microsoft Word y en las versiones actuales de Writer, el contenido de las cabeceras y los pies de página y el de las notas al pie o notas finales no se ajusta alrededor de los objetos flotantes en pantalla. El cuerpo de texto se ajusta alrededor de objetos flotantes en pantalla anclados en la cabecera de la página.
SI novalorIgualexpresióny si no se da ningún resultado predeterminado, se devuelve un error #N/A.
En el menú contextual de una celda, elija Insertar ▸ Filas
Si elige esta orden cuando el cursor está en medio de tres tablas consecutivas, se le solicita que seleccione la tabla con la que desee unirla.
con
Contraseña (opcional)
Sobre marcas de graduación
Es ortogonal a
Fórmula: Establece el mínimo y el máximo como una fórmula.
Anchura completa
Vaya a Formato ▸ Zonas de impresión ▸ Definir.
Función HasUnoInterfaces
Devuelve la cantidad de muestras del período según Calc la calcula en el caso de las funciones PRONOSTICO.ETS cuando el argumento longitud_período equivale a 1.
=TIPO.DE.ERROR(#N/D)
Copiar toda la hoja
Si incluye los hiperenlaces se deben tener en cuenta dos factores: si se han establecido como relativos o absolutos al guardar; y si el archivo está presente.
La visualización del objeto gráfico no se modifica.
Predeterminado
Seno o arcoseno inverso
Órdenes para calcular celdas con fórmulas.
En la barra Control de formulario, pulse en
Conversión automática a formato de fecha
Editar documentos individuales
Aplica los cambios realizados y cierra el cuadro de diálogo Editar entrada bibliográfica.
Añade o quita un pie de página del estilo de página que seleccione en el submenú. El pie se añade a todas las páginas que utilicen el mismo estilo. En un documento nuevo, solo aparece el estilo de página «Predeterminado». Se añadirán a la lista otros estilos de página a medida que se los aplique en el documento.
Escriba el valor para la opción de validación de datos seleccionada en el cuadro Permitir.
A continuación se enumeran y describen todos los eventos de formulario que pueden enlazarse con una macro:
Este valor no se guarda en el documento, sino en la configuración de LibreOffice.
Letras capitulares
⌘+Ctrl + +
El siguiente es un ejemplo de cómo los métodosAplanaryAdjuntarse pueden combinar para concatenar tres matrices.
Descripción del EID de BASIC
La función busca qué valores del intervalo B2:B6 son menores que el segundo valor mayor en el intervalo B2:B6 y calcula el promedio de los valores correspondientes del intervalo C2:C6. Devuelve 180 porque en el cálculo solamente se tiene en cuenta la cuarta fila.
En la ventana del archivo de base de datos, pulse en el icono Informes.
Barra Herramientas
Espacio de firma
Alterna entre la vista de temas y la vista de objetos.
Elija Desagrupar.
función IM.CSCH
Línea de tendencia lineal: regresión con una ecuación de la forma y=a∙x+b. Se puede forzar el valor de la ordenada al origen b.
Polígono (45°)
Línea superpuesta (tachado)
Inicialice una nueva matriz de base cero con valores numéricos.
Este cuadro de diálogo está disponible únicamente para gráficos basados en tablas de Calc o Writer.
Enlaces a archivos externos
Líneas automáticas en Writer
El Navegador se muestra tras crear un patrón de documento. Para editar un subdocumento, pulse dos veces en el nombre de un subdocumento en el Navegador.
Combinaciones de teclas en LibreOffice Impress
Especifica un retardo adicional de n segundos antes de que inicie el efecto.
Exporta el documento en los formatos PDF o EPUB.
Estilos condicionales
Especifica el campo cuyos datos deben aparecer en los cuadros combinados o de lista.
Formularios y filtros HTML
Formato por separado
Funcionalidades de LibreOffice Draw
O bien, pulse con el botón secundario del ratón sobre la selección para abrir el menú contextual y seleccione Combinar celdas.Si en su lugar ve Separar celdas, la selección contiene celdas combinadas que no pueden combinarse más.
Valor decimal
Re Pág o Av Pág: desplaza la tabla una página hacia arriba o hacia abajo
Elija la opción Filas para resumir el contenido de las filas seleccionadas de una lista.
Seleccione el tamaño de la tarjeta de presentación entre distintos formatos de tamaño predefinidos o, si lo desea, en la pestaña Formato, establezca el tamaño que considere oportuno.
Algunos ejemplos demuestran el alcance de las operaciones.
Devuelve el valor más pequeño para el cual la distribución binómica acumulada es mayor que o igual a un valor de criterio.
Muestra el ancho del formato de papel seleccionado. Para definir un formato personalizado, especifique aquí un ancho.
Configurar un estilo de borde personalizado
Ahora, el filtro HTML utiliza específicamente estas interfaces de oyente y nombres de método, de forma que se puede importar y exportar acciones a voluntad. Puede registrar una acción de foco a través de
En LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ LibreOffice ▸ General puede establecer desde qué año se reconocerá la introducción de un número de dos dígitos como 20xx.
Si selecciona «Macro», puede utilizar el botón Examinar para especificar la macro que debe ejecutarse en caso de error.
Utilice el cuadro de diálogo Campo de datos para seleccionar los cálculos que se han de utilizar para los datos. Para hacer una selección múltiple, oprima la tecla ⌘Ctrl mientras pulsa en el cálculo deseado.
Rutas internas
Ahora puede utilizar el tabulador para seleccionar el siguiente objeto de dibujo o imagen, y Mayús + tabulador para seleccionar el anterior.
es igual
Se aplica
Escriba la cantidad de interlineado vertical que desee al comienzo del conector.
Inicia con un documento vacío de Impress.
Seleccione WebCast como tipo de edición en la segunda página del Asistente para exportación HTML.
Número_complejo es un número complejo cuya secante se calculará.
Para definir una transición de colores para las monedas, seleccione colores distintos en los cuadros Inicio y Fin. El color de Inicio se aplicará al objeto que está duplicando.
Suprarrayado
Devuelve un código numérico para el primer carácter de una cadena de texto.
Sector de círculo sin relleno
Asimismo, puede modificar el orden de las entradas con una pulsación en Tipo. La anchura de columna puede modificarse desplazando con el ratón la línea que separa las columnas.
Objeto DialogLibraries
barra diagonal /
Defina la intensidad del efecto de reflejo especular.
En el cuadro de diálogo Tipo de gráfico de un gráfico de líneas o XY con líneas, elija «Suave» en el cuadro combinado Tipo de líneas y, a continuación, pulse en el botón Propiedades.
Es visible únicamente cuando pulsa en el botón E# de la línea Estructura. Seleccione para mostrar el número del capítulo con o sin separador.
Puede crear fórmulas mediante el panel Elementos. Si no estuviese ya abierto, diríjase al menú Ver ▸ Elementos para mostrarlo.
La tabla dinámica muestra los campos de datos como botones que puede arrastrar y colocar para definir la tabla dinámica.
411 (japonés)
Cómo escribir una fórmula de dos renglones en LibreOffice Math (con un salto manual de renglón):
Este icono cambia el puntero del ratón al modo de selección o lo desactiva. El modo de selección se utiliza para elegir los controles del formulario actual.
Pulsando sobre la regla se insertará un tabulador a la izquierda. Pulse con el botón derecho del ratón sobre un tabulador de la regla y verá un menú en el que podrá seleccionar el tipo de tabulador deseado.
Especifica el título de la plantilla de documento.
Seleccione el tipo de transparencia que desee aplicar.
=SUMA(A1:E10) calcula la suma de todas las celdas en el intervalo de celdas A1-E10.
HOJAS
Serie
El valor que devuelve el método Subforms depende de los argumentos proporcionados:
Nunca
Si se necesita cambiar un criterio fácilmente, se puede especificar en una celda separada y usar una referencia a esa celda en la condición de la función PROMEDIO.SI.CONJUNTO. Por ejemplo, la función anterior se puede reescribir asi:
Botón predeterminado
Escriba el mensaje que desea que se muestre al introducir datos incorrectos en una celda.
Intervalo de variables independientes (X):
Así se añade el estilo seleccionado al estilo de borde actual de las celdas. Seleccione el estilo de borde en blanco en la parte superior izquierda de la ventana Bordes para dejar en blanco todos los estilos de los bordes.
Introduzca las propiedades de cada uno de los campos de datos que vaya seleccionando. Las posibilidades de introducción dependen del tipo de base de datos que se utilice.
Cierra el cuadro de diálogo y descarta todos los cambios.
Combinar delimitadores
Mayor
Presione la tecla Intro para insertar un salto de renglón en una celda de tabla de un documento de texto.
Lista de direcciones nueva
Los bordes y las sombras de las celdas siempre aparecen con el color del texto cuando el modo de alto contraste está activo. El color de fondo de la celda se ignora con esta configuración.
Agrega la hoja anterior a la selección de hojas actual. Si se seleccionan todas las hojas de un libro, esta combinación de teclas solo selecciona la hoja anterior. Convierte la hoja anterior en la actual.
Escriba la longitud focal de la cámara de forma que un valor pequeño se corresponda con un objetivo de ojo de pez y un valor mayor, con un objetivo telefotográfico.
Seleccione una base de datos registrada a partir de la cual quiera insertar el campo seleccionado. También es posible cambiar la tabla o la consulta a la que se refiere el campo seleccionado.
Escriba el subtítulo que desee dar al gráfico. Este aparecerá debajo del título que defina en el campo Título.
Abre un cuadro de diálogo donde proporcionar o modificar los títulos de un gráfico. Puede definir el texto del título principal, del subtítulo y de las etiquetas de los ejes, así como especificar si deben mostrarse o no.
Inserta un marco flotante en el documento actual. En los documentos HTML los marcos flotantes se emplean para mostrar el contenido de otro archivo.
Uso de textos automáticos
Reduce o aumenta el tamaño de la visualización en pantalla del documento actual. Pulse en la flecha que hay junto al icono para abrir la barra de herramientas Zum.
Recalcula todas las formulas en todas las hojas.
Cierre el diálogo Propiedades.
Puede establecerse que la resolución muestre días, meses o años como medidas del intervalo
Reducir o aumentar el gráfico
Alinear texto verticalmente.
Fecha es la fecha en el calendario de la semana.
Instrucción While… Wend
Wait miliseg
Para crear una nueva página web para Internet, abra un nuevo Documento HTML mediante Archivo ▸ Nuevo.
Exportar los gráficos como archivos de imagen.
Únase a una matriz bidimensional con dos delimitadores, uno para las columnas y otro para las filas.
Prospecto
Genera los nombres de cada fila a partir de los registros contenidos en la base de datos.
Selecciona celdas desde la actual hasta la primera celda de la fila actual.
Vaya a Herramientas ▸ Corrección automática ▸ Aplicar.
Códigos de formatos numéricos
Esta opción está activa de manera predeterminada. Todas las series de datos se alinean respecto al eje Y primario.
ENTONCES resultado2
Arrastre en cualquier dirección para definir un punto de anclaje suave.
Traer al frente.
Nota al pie
Función TwipsPerPixelX
El intervalo de probabilidad calculado mediante PRUEBA.CHI también se puede determinar mediante DISTR.CHI; en este caso en lugar de una serie de datos, el chi cuadrado de la muestra se debe presentar como parámetro.
La mínima matriz posible son dos celdas adyacentes, 1 x 2 o 2 x 1.
Muestra el nombre de una variable de campo. Si lo desea puede escribir un nombre nuevo.
Active la funcionalidad de CTL yendo a LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ Configuración de idiomas ▸ Idiomas.
Tenga en cuenta que las entradas de la lista escritas aquí solamente se incorporan al formulario si, en la pestaña Datos, se selecciona la opción «Lista de valores» como Tipo de contenido de lista.
Seleccione el archivo de la extensión (normalmente tiene la extensión oxt)
Elimina todos los tabuladores definidos bajo la Posición. Establece un tabulador Izquierdo con intervalos regulares en forma predeterminada.
=B8-SUMA(B10:B14)
Calcula un dato de fecha a partir de una cadena de fecha.
Arrastrar y colocar
Es posible crear criterios aun más sofisticados utilizando las expresiones regulares, siempre y cuando esté activada la opción Permitir expresiones regulares en las fórmulas en el cuadro de diálogo LibreOffice ▸ PreferenciasHerramientas ▸ Opciones ▸ LibreOffice Calc ▸ Calcular.
Establece el espaciado adicional entre el carácter más grande en una fila y los límites de las celdas.
Archivo ▸ Abrir
Si desea cambiar el tamaño del marco arrastre sus bordes.
Longitud máxima de la barra (%):
MULTIPLO.SUPERIOR.XCL
Si utiliza los paquetes de LibreOffice proporcionados por su distribución de Linux, siga los pasos a continuación.
En el cuadro Valor, escriba «5000».
En el caso de formularios HTML, puede iniciar una lista de valores en Contenido de la lista. Seleccione la opción "Lista de valores" en Tipo del contenido de lista. Los valores introducidos aquí no serán visibles en el formulario y se utilizarán para asignar valores a las entradas visibles. Las entradas efectuadas en Contenido de la lista corresponden a la etiqueta HTML <OPTION VALUE=...>.
Asistente para consultas
AÑO
Reducir hasta encajar en celda
Utilizar la sugerencia anterior con la compleción automática de palabras
Combinar con siguiente párrafo
Los marcos anclados a un párrafo de pie de página pueden ocupar los márgenes de la página a la izquierda y a la derecha del pie.
Seleccione la ubicación que contiene las bibliotecas de macros que quiere organizar.
Vaya a Editar ▸ Marcador siguiente
Vaya a Archivo ▸ Previsualizar en navegador.
Seleccionar elemento de gráfico
Abre la barra de herramientas Formas de símbolos, que permite insertar gráficos en el documento.
Devuelve la cosecante hiperbólica de un número.
Véanse también: PRONOSTICO.ETS.MULT, PRONOSTICO.ETS.ESTADISTICA.SUM, PRONOSTICO.ETS.ESTADISTICA.MULT, PRONOSTICO.ETS.PI.SUM, PRONOSTICO.ETS.PI.MULT, PRONOSTICO.ETS.ESTACIONALIDAD, PRONOSTICO, PRONOSTICO.LINEAL
La función Alineación permite alinear objetos según la relación entre ellos o con la página.
Introduzca en una celda la fórmula =ALEATORIO() para tener un número entre 0 y 1. Si desea números enteros entre 0 y 50, introduzca como fórmula =ENTERO(ALEATORIO()*50).
Vaya a Formato ▸ Columnas ▸ Anchura óptima.
En Contenido, seleccione Imprimir en negro y pulse Aceptar.
Convierte un punto de esquina o punto simétrico en un punto suave. Ambos puntos de control del punto de esquina están alineados en paralelo y se pueden desplazar a la vez. Los puntos de control pueden tener una longitud distinta, lo cual permite variar los grados de curvatura.
Pulse aquí y seleccione el orden de clasificación personalizado que desee.
Inversión es el valor de la compra.
Cuando la ubicación del documento en disco ha cambiado, por ejemplo, después de una acción Archivo ▸ Guardar como.
Definir imágenes o colores en el fondo de las páginas (marca de agua)
Seleccione el origen del contenido de la hoja que debe imprimirse. Los valores posibles son Imprimir todas las hojas e Imprimir hojas seleccionadas.
Final horizontal
La casilla de verificación se configura en el estado "indeterminado" si es una casilla de tres estados; de lo contrario, se deselecciona.
Texto: La cadena que sustituirá a la expresión de cadena (instrucción Mid).
Límites inferiores
CommandCtrl+ Arrow Key
Actualizar rastros
Aquí la función convierte 256 gigibits a mebibytes, devolviendo el valor 32768. Ambas unidades (bit y byte) están en el grupo Información y admiten prefijos binarios.
Vaya a Formato ▸ Párrafo y, a continuación, seleccione la pestaña Esquema y numeración.
Dibuja un conector directo. Pulse en un punto de conexión de un objeto, arrastre a un punto de conexión de otro objeto y luego suelte el botón del ratón.
Incluye estilos de fondo en el estilo de tabla seleccionado.
En documentos de texto se pueden buscar palabras, tipos de formato, estilos, etc. Puede ir de un resultado a otro o destacar todos los resultados de la búsqueda para, a continuación, aplicar otro formato o reemplazar el texto.
Matriz de cadenas
Esto añade recursos de texto que contienen las versiones traducidas de todas las cadenas de las propiedades del cuadro de diálogo. Se copian las cadenas del idioma predeterminado en el conjunto de cadenas nuevo. Posteriormente, podrá cambiar al idioma nuevo y traducir las cadenas.
Solicita la contraseña maestra. Si la contraseña maestra es correcta, se mostrará el cuadro de diálogo de información almacenada de conexiones web.
Mayús + ⌘Ctrl + F5
Todas las celdas con contenido que se encontraban en la selección aparecerán ahora destacadas.
Vaya a Herramientas ▸ Detective ▸ Rastrear dependencias.
FracciónMonetaria es un número dado como fracción decimal.
Prefiere la creación de firmas XAdES para los formatos ODF y OOXML y PAdES para el formato PDF.
Carácter de relleno
Botón ABCD
Anchura óptima
Muestra el logotipo de LibreOffice en la diapositiva de pausa. El logotipo no se puede intercambiar.
Abre un menú contextual.
Traducción de controles en el diálogo del editor
"color ..." y "font ..." al igual que "size n" (n es un número decimal) sustituyen, en su caso, las operaciones precedentes del mismo tipo,
Inserción y edición de tabuladores
Función DateDiff
Vaya a Herramientas ▸ Notas al pie y finales ▸ pestaña Notas finales
Seleccione el formato de archivo para el documento que va a guardar. En el área de visualización, solo se muestran los documentos de este tipo de archivo. Los tipos de archivo se describen en Información sobre filtros de importación y exportación.
La referencia es la referencia a una celda o a un área de celdas.
Emisión es la fecha de emisión del título.
Combinaciones de teclas en presentaciones
Introduzca el número de filas o columnas en las que desea dividir la(s) celda(s) seleccionada(s) en.
La entrada se ajusta a un criterio de búsqueda.
Ordena la selección de mayor a menor valor, o de menor a mayor valor. Los campos numéricos se ordenan por tamaño y los campos de texto por el orden de los caracteres. Puede definir las reglas de ordenación en Datos ▸ Ordenar ▸ Opciones. El orden predeterminado se puede definir en LibreOffice ▸ PreferenciasHerramientas ▸ OpcionesConfiguración de idiomas ▸ Idiomas.
El conferenciante usará posteriormente el nombre de archivo indicado para cambiar las páginas de los oyentes. Como directorio, elija uno vacío.
Subformularios
No es posible imprimir una imagen de grandes dimensiones en dos páginas. Corte la imagen en dos e inserte cada mitad en páginas distintas.
A manera de ejemplo, digite la fórmula siguiente en la celda A1 de la Hoja1:
PROMEDIO, CONTAR, CONTARA, MAX, MIN, PRODUCTO, DESVEST.M, DESVEST.P, SUMA, VAR.S, VAR.P, MEDIANA, MODA.UNO, K.ESIMO.MAYOR, K.ESIMO.MENOR, PERCENTIL.INC , CUARTIL.INC, PERCENTIL.EXC, CUARTIL.EXC
Si se ignoran todos los argumentos, se emite un error #VALOR.
=CANTIDAD.RECIBIDA ("1999-02-15";"1999-05-15";1000;0.0575;2) devuelve 1.014,420266.
No se harán cambios en la selección actual y cada vez que se detecte la misma selección se ignorará automáticamente. La palabra o el carácter siguiente se seleccionará para la conversión. La lista de texto omitido es válida para la sesión actual de LibreOffice.
El relleno automático genera automáticamente una serie de datos con base en una pauta definida.
Pulse en el icono Hiperenlace de la barra Estándar y, a continuación, en Documento.
exterior
Especifica el color para resaltar las supresiones en un documento.
Tres virgulillas (~) crean una línea doble fina-gruesa (de un grosor de 2,25 pt).
Seleccione la opción Prospecto para imprimir el documento en formato de prospecto. Asimismo, puede decidir si desea imprimir la parte frontal del prospecto, la parte posterior o ambas.
Formato de impresión
Los datos se aceptan como texto; no se transforman en números
La función puede utilizarse para convertir coordenadas cartesianas en coordenadas polares.
Intervalo
Manualmente en
⌘HCtrl + H
Apple Macintosh (turco)
Pulse en otra celda y, a continuación, vuelva a pulsar en la celda en la que ha escrito el número.
eliminar - eliminar inmediatamente el contenido de la celda, sin cuadro de diálogo.
Pulse el botón de asignación <.
De forma automática se da formato a todos los campos de formato (fecha, hora, moneda, numérico) en el formato que se haya seleccionado justo luego de dejar la celda, sin importar de qué modo se escriba la entrada.
Inserta el sobre antes de la página actual en el documento.
El asistente permite modificar los datos y las opciones en cualquier momento. Si prefiere utilizar las opciones actuales (o las predeterminadas), puede saltarse las páginas del asistente.
después de insertar Texto automático
Ejecuta el efecto de animación de forma continua. Para especificar el número de veces con que reproducir el efecto, desactive esta casilla e introduzca un número en el cuadro Continuo.
Utilice el control deslizante vertical para modificar el valor de cada componente del color. En el muestrario grande puede elegir cada componente del color de manera aproximativa.
MODO(Número 1 [; Número 2 [; ... [; Número 255]].)
Active la casilla Expresiones regulares.
Macros en Microsoft Office y LibreOffice
Dibuja un rectángulo redondeado sin relleno al arrastrar en el documento actual. Pulse donde desee situar una de las esquinas del rectángulo redondeado y arrastre hasta lograr el tamaño deseado. Para dibujar un cuadrado redondeado, mantenga pulsada la tecla Mayús al arrastrar.
Puntos de interrupción y ejecución paso a paso
Muestra la plantilla utilizada para crear el archivo.
PRONOSTICO.LINEAL(Valor; DatosY; DatosX)
Vaya a Forma ▸ Organizar ▸ Enviar al fondo (LibreOffice Draw).
Editor de motivos
Ajustar texto al marco.
rutina
Vaya a Herramientas ▸ Numeración de capítulos y pulse en la pestaña Numeración.
DIASENAÑO
Creación de controles en el Editor de diálogos
Esta función está disponible desde la versión 6.4 de LibreOffice.
Inglés de EE. UU.
En el caso de las listas ordenadas, seleccione el valor del primer elemento del listado.
Patrones de documento y subdocumentos
El valor Vacío indica que no se ha inicializado la variable.
DIST.WEIBULL
Minuto
Dimensionar todos los paréntesis
